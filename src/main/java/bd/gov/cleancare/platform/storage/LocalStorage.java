package bd.gov.cleancare.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
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
        try {
            Files.createDirectories(directory);
            // write then move: a reader never sees half a file
            var temporary = Files.createTempFile(directory, ".upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an upload", e);
        }
        return baseUrl + "/" + folder + "/" + name;
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
