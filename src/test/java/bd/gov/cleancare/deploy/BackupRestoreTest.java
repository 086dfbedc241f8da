package bd.gov.cleancare.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.platform.images.Photos;
import bd.gov.cleancare.support.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy/backup: a backup of the live database and media restores into an empty database, whole. */
class BackupRestoreTest extends ApiTest {

    private static final String RESTORED = "cleancare_restore_test";

    @TempDir
    Path backups;
    @TempDir
    Path restoredMedia;

    @Test
    void a_backup_restores_into_an_empty_database_with_every_row_and_photo_intact() throws Exception {
        var citizen = citizen();
        var complaint = file(citizen);
        var photo = api.as(citizen.accessToken()).multipart("/api/v1/complaints/" + complaint.get("id").asString() + "/images/",
                "image", "drain.jpg", "image/jpeg", Photos.jpeg(64, 48));
        assertThat(photo.status()).isEqualTo(201);
        var imageUrl = photo.json().get("results").get(0).get("image_url").asString();

        var backup = run(List.of("deploy/backup/backup.sh"), Map.of("DATABASE_URL", url(currentDatabase()),
                "MEDIA_ROOT", "target/test-media", "BACKUP_DIR", backups.toString(), "KEEP", "1"));
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        var made = onlyBackup();

        jdbc.sql("DROP DATABASE IF EXISTS " + RESTORED + " WITH (FORCE)").update();
        jdbc.sql("CREATE DATABASE " + RESTORED).update();
        var restore = run(List.of("deploy/backup/restore.sh", made.toString()), Map.of("DATABASE_URL", url(RESTORED),
                "MEDIA_ROOT", restoredMedia.toString()));
        assertThat(restore.exitCode()).as(restore.output()).isZero();

        try (var restored = new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                "jdbc:postgresql://127.0.0.1:5432/" + RESTORED, "postgres", "", true)) {
            var copy = org.springframework.jdbc.core.simple.JdbcClient.create(restored);
            for (var table : List.of("users", "complaints", "complaint_images", "complaint_updates", "flyway_schema_history")) {
                assertThat(count(copy, table)).as(table).isEqualTo(count(jdbc, table));
            }
            assertThat(copy.sql("SELECT tracking_number FROM complaints").query(String.class).single())
                    .isEqualTo(complaint.get("tracking_number").asString());
        }
        var original = Path.of("target/test-media").resolve(imageUrl.substring("/media/".length()));
        assertThat(restoredMedia.resolve(imageUrl.substring("/media/".length()))).hasSameBinaryContentAs(original);

        var again = run(List.of("deploy/backup/restore.sh", made.toString()), Map.of("DATABASE_URL", url(RESTORED),
                "MEDIA_ROOT", restoredMedia.toString()));
        assertThat(again.exitCode()).as("a database with tables is never overwritten").isEqualTo(2);
    }

    @Test
    void rotation_keeps_the_newest_backups_and_a_damaged_one_is_refused() throws Exception {
        var environment = Map.of("DATABASE_URL", url(currentDatabase()), "MEDIA_ROOT", "target/test-media",
                "BACKUP_DIR", backups.toString(), "KEEP", "1");
        assertThat(run(List.of("deploy/backup/backup.sh"), environment).exitCode()).isZero();
        Thread.sleep(1100); // backups are named by the second
        assertThat(run(List.of("deploy/backup/backup.sh"), environment).exitCode()).isZero();
        var kept = onlyBackup();

        Files.write(kept.resolve("database.dump"), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        jdbc.sql("DROP DATABASE IF EXISTS " + RESTORED + " WITH (FORCE)").update();
        jdbc.sql("CREATE DATABASE " + RESTORED).update();
        var damaged = run(List.of("deploy/backup/restore.sh", kept.toString()), Map.of("DATABASE_URL", url(RESTORED),
                "MEDIA_ROOT", restoredMedia.toString()));
        assertThat(damaged.exitCode()).isNotZero();
        assertThat(damaged.output()).contains("FAILED");
    }

    private Path onlyBackup() throws IOException {
        try (var listing = Files.list(backups)) {
            var all = listing.toList();
            assertThat(all).hasSize(1);
            assertThat(all.getFirst().getFileName().toString()).doesNotEndWith(".partial");
            return all.getFirst();
        }
    }

    private String currentDatabase() {
        return jdbc.sql("SELECT current_database()").query(String.class).single();
    }

    private static String url(String database) {
        return "postgresql://postgres@127.0.0.1:5432/" + database;
    }

    private static long count(org.springframework.jdbc.core.simple.JdbcClient client, String table) {
        return client.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes());
        return new Result(process.waitFor(), output);
    }
}
