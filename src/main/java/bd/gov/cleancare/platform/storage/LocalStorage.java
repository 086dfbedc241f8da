package bd.gov.cleancare.platform.storage;

import java.io.IOException;
import bd.gov.cleancare.platform.errors.InsufficientStorage;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/** Files in a local directory, served under MEDIA_URL by the application (or nginx in front of it). */
final class LocalStorage implements Storage {

    private final Path root;
    private final String baseUrl;

    LocalStorage(Path root, String baseUrl) {
        this.root = root.toAbsolutePath().normalize();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Path root() {
        return root;
    }

    @Override
    public String put(String folder, byte[] content, FileType type) {
        var name = UUID.randomUUID() + "." + type.extension();
        var directory = root.resolve(folder).normalize();
        if (!directory.startsWith(root)) {
            throw new IllegalArgumentException("folder escapes the media root: " + folder);
        }
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            // write then move: a reader never sees half a file
            temporary = Files.createTempFile(directory, ".upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            if (isDiskFull(e)) {
                // the client's request was fine: a clear 507 problem, not a 500 with a trace
                throw new InsufficientStorage("storage.full");
            }
            throw new UncheckedIOException("could not store an upload", e);
        }
        return baseUrl + "/" + folder + "/" + name;
    }

    /** ENOSPC (or a quota, EDQUOT): the JDK reports both only through the operating system's message. */
    static boolean isDiskFull(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            var text = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : cause.getMessage();
            if (text != null && (text.contains("No space left on device") || text.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    /** A half-written part file must not stay behind (it would also keep the disk full). */
    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // nothing more to do: the directory itself is failing
        }
    }

    @Override
    public boolean owns(String url) {
        return url != null && url.startsWith(baseUrl + "/") && !url.contains("..");
    }

    @Override
    public void delete(String url) {
        var file = fileOf(url);
        if (file.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(file.get());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete a stored file", e);
        }
    }

    @Override
    public Optional<byte[]> read(String url) {
        var file = fileOf(url).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a stored file", e);
        }
    }

    /** The file behind one of our URLs, never outside the media root. */
    private Optional<Path> fileOf(String url) {
        if (url == null || !url.startsWith(baseUrl + "/")) {
            return Optional.empty();
        }
        var file = root.resolve(url.substring(baseUrl.length() + 1)).normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }
}
