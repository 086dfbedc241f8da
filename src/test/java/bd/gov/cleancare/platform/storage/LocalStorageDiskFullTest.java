package bd.gov.cleancare.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bd.gov.cleancare.platform.errors.InsufficientStorage;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/** A full media disk is a clear 507 problem, and no half-written file stays behind. */
class LocalStorageDiskFullTest {

    @TempDir
    Path temp;

    @Test
    void recognisesTheOperatingSystemsDiskFullAndQuotaMessages() {
        assertThat(LocalStorage.isDiskFull(new IOException("No space left on device"))).isTrue();
        assertThat(LocalStorage.isDiskFull(new FileSystemException("/media/x.part", null, "Disk quota exceeded"))).isTrue();
        assertThat(LocalStorage.isDiskFull(new IOException("wrapped", new IOException("No space left on device")))).isTrue();
        assertThat(LocalStorage.isDiskFull(new IOException("Permission denied"))).isFalse();
    }

    /** The real thing where it can be had: a 64 KiB tmpfs (needs root; skipped elsewhere). */
    @Test
    void aFullTmpfsAnswers507AndLeavesNoPartFile() throws Exception {
        var root = temp.resolve("media");
        Files.createDirectories(root);
        assumeTrue("root".equals(System.getProperty("user.name")) && run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", root.toString()),
                "needs root to mount a tmpfs");
        try {
            var storage = new LocalStorage(root, "/media");
            var small = storage.put("complaints/a", new byte[8 * 1024], FileType.JPEG);
            assertThat(storage.read(small)).isPresent();

            assertThatThrownBy(() -> storage.put("complaints/a", new byte[256 * 1024], FileType.JPEG))
                    .isInstanceOfSatisfying(InsufficientStorage.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.INSUFFICIENT_STORAGE);
                        assertThat(e.detail().key()).isEqualTo("storage.full");
                    });
            try (Stream<Path> files = Files.walk(root)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                        .as("only the first file; no .part left over").hasSize(1).noneMatch(name -> name.endsWith(".part"));
            }
        } finally {
            run("umount", root.toString());
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    }
}
