package bd.gov.cleancare.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.gallery.internal.GalleryFiles;
import bd.gov.cleancare.platform.images.Photos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Uploads, their files, and before/after pictures of resolved complaints. */
class GalleryPhotosTest extends GalleryFixtures {

    @Autowired
    private GalleryFiles files;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void an_upload_is_stored_without_its_exif_with_a_thumbnail_in_the_order_it_came() {
        var admin = galleryAdmin("12");
        var album = album(admin, "পার্ক সংস্কার", true);
        var original = Photos.jpegTakenAt(23.7104, 90.4074);
        assertThat(Photos.containsExif(original)).isTrue();

        var response = api.as(admin.accessToken()).multipart(ALBUMS + id(album) + "/photos/",
                fields("caption", "নতুন পার্ক", "caption_en", "The new park", "taken_at", "২০২৬-০৩-০১"), "image", "IMG_7.jpg",
                "image/jpeg", original);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var photo = response.json();
        var publicCopy = api.get(photo.get("image_url").asString());
        assertThat(publicCopy.status()).isEqualTo(200);
        assertThat(Photos.containsExif(publicCopy.body())).isFalse();
        assertThat(api.get(photo.get("thumbnail_url").asString()).status()).isEqualTo(200);
        assertThat(photo.get("caption_en").asString()).isEqualTo("The new park");
        assertThat(photo.get("kind").asString()).isEqualTo("general");
        assertThat(photo.get("is_published").asBoolean()).isTrue();
        assertThat(photo.get("taken_at").asString()).startsWith("2026-02-28T18:00");
        assertThat(photo.get("position").asInt()).isEqualTo(1);
        assertThat(photo(admin, album, "দ্বিতীয়", true).get("position").asInt()).isEqualTo(2);
    }

    @Test
    void only_images_of_at_most_ten_megabytes_are_taken() {
        var admin = galleryAdmin("12");
        var album = album(admin, "অ্যালবাম", true);

        var script = api.as(admin.accessToken()).multipart(ALBUMS + id(album) + "/photos/", "image", "shell.php.jpg", "image/jpeg",
                "<?php system($_GET['c']); ?>".getBytes());
        var pdf = upload(admin, album, Map.of(), "%PDF-1.4 not a photo".getBytes());
        var huge = upload(admin, album, Map.of(), Arrays.copyOf(Photos.jpeg(8, 8), 10 * 1024 * 1024 + 1));
        var none = api.as(admin.accessToken()).raw("POST", ALBUMS + id(album) + "/photos/", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nছবি নেই\r\n--x--\r\n".getBytes());

        assertThat(script.status()).isEqualTo(400);
        assertThat(script.json().get("errors").has("image")).isTrue();
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(none.status()).as(none.toString()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM gallery_photos").query(Long.class).single()).isZero();
    }

    @Test
    void deleting_a_photo_or_an_album_removes_its_files() {
        var admin = galleryAdmin("12");
        var album = album(admin, "অ্যালবাম", true);
        var first = photo(admin, album, "এক", true);
        var second = photo(admin, album, "দুই", true);
        api.as(admin.accessToken()).put(ALBUMS + id(album) + "/", Map.of("cover_photo_id", id(first)));

        assertThat(api.as(admin.accessToken()).delete(ALBUMS + id(album) + "/photos/" + id(first) + "/").status()).isEqualTo(204);

        assertThat(Files.exists(stored(first, "image_url"))).isFalse();
        assertThat(api.get(first.get("thumbnail_url").asString()).status()).isEqualTo(404);
        assertThat(api.get(ALBUMS + id(album) + "/").json().get("cover_photo_id").asString()).isEqualTo(id(second));
        assertThat(Files.exists(stored(second, "image_url"))).isTrue();

        assertThat(api.as(admin.accessToken()).delete(ALBUMS + id(album) + "/").status()).isEqualTo(204);

        assertThat(Files.exists(stored(second, "image_url"))).isFalse();
        assertThat(Files.exists(stored(second, "thumbnail_url"))).isFalse();
        assertThat(api.get(ALBUMS + id(album) + "/").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action IN ('gallery.photo_deleted', 'gallery.album_deleted')")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void files_stored_by_a_change_that_rolls_back_are_removed_again() {
        var stored = new AtomicReference<GalleryFiles.StoredImage>();

        transactions.executeWithoutResult(status -> {
            stored.set(files.store(UUID.randomUUID(), Photos.png(8, 8)));
            assertThat(Files.exists(stored(stored.get().imageUrl()))).isTrue();
            status.setRollbackOnly();
        });

        assertThat(Files.exists(stored(stored.get().imageUrl()))).isFalse();
        assertThat(Files.exists(stored(stored.get().thumbnailUrl()))).isFalse();
    }

    @Test
    void a_refused_upload_stores_nothing() {
        var admin = galleryAdmin("12");
        var album = album(admin, "অ্যালবাম", true);

        var refused = upload(admin, album, fields("kind", "after"), Photos.png(8, 8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").has("complaint_id")).isTrue();
        assertThat(Files.exists(Path.of("target/test-media/gallery/" + id(album)))).isFalse();
    }

    @Test
    void before_and_after_pictures_come_only_from_resolved_complaints_of_the_albums_ward() {
        var admin = galleryAdmin("12");
        var album = album(admin, "সমাধান হওয়া অভিযোগ", true);
        var path = ALBUMS + id(album) + "/complaint-photos/";
        var open = complaintWithPhoto("in_progress", Map.of());
        var resolved = complaintWithPhoto("resolved", Map.of());
        var elsewhere = complaintWithPhoto("resolved", Map.of("ward_number", "13"));

        assertThat(api.as(admin.accessToken()).post(path, Map.of("complaint_id", id(open))).status()).isEqualTo(409);
        var otherWard = api.as(admin.accessToken()).post(path, Map.of("complaint_id", id(elsewhere)));
        assertThat(otherWard.status()).isEqualTo(400);
        assertThat(otherWard.json().get("errors").has("complaint_id")).isTrue();
        assertThat(api.as(staff("super_admin", "DSCC").accessToken()).post(path, Map.of("complaint_id", id(elsewhere))).status())
                .isEqualTo(400);
        assertThat(upload(admin, album, fields("kind", "after", "complaint_id", id(open)), Photos.png(8, 8)).status()).isEqualTo(409);

        var copied = api.as(admin.accessToken()).post(path, Map.of("complaint_id", id(resolved)));

        assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
        var before = copied.json().get("results").get(0);
        assertThat(before.get("kind").asString()).isEqualTo("before");
        assertThat(before.get("complaint_id").asString()).isEqualTo(id(resolved));
        assertThat(before.get("caption").isNull()).isTrue();
        var complaintImage = resolved.get("images").get(0).get("image_url").asString();
        assertThat(before.get("image_url").asString()).isNotEqualTo(complaintImage).contains("/gallery/");
        assertThat(Photos.containsExif(api.get(before.get("image_url").asString()).body())).isFalse();
        assertThat(api.as(admin.accessToken()).post(path, Map.of("complaint_id", id(resolved))).status()).isEqualTo(409);

        var after = upload(admin, album, fields("kind", "after", "complaint_id", id(resolved), "caption", "পরিষ্কারের পরে"),
                Photos.png(16, 12));
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        assertThat(after.json().get("kind").asString()).isEqualTo("after");
        assertThat(upload(admin, album, fields("complaint_id", id(resolved)), Photos.png(8, 8)).status()).isEqualTo(400);

        var shown = api.get(ALBUMS + id(album) + "/");
        assertThat(shown.json().get("photos").size()).isEqualTo(2);
        assertNothingPersonal(shown.text(), resolved);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'gallery.complaint_photos_added'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_copied_before_picture_outlives_the_complaint() {
        var admin = galleryAdmin("12");
        var album = album(admin, "অ্যালবাম", true);
        var resolved = complaintWithPhoto("resolved", Map.of());
        var before = api.as(admin.accessToken()).post(ALBUMS + id(album) + "/complaint-photos/", Map.of("complaint_id", id(resolved)))
                .json().get("results").get(0);

        var deleted = api.as(staff("super_admin", "DSCC").accessToken()).delete("/api/v1/complaints/" + id(resolved) + "/");

        assertThat(deleted.status()).isEqualTo(204);
        var photo = api.get(ALBUMS + id(album) + "/").json().get("photos").get(0);
        assertThat(photo.get("kind").asString()).isEqualTo("before");
        assertThat(photo.get("complaint_id").isNull()).isTrue();
        assertThat(api.get(before.get("image_url").asString()).status()).isEqualTo(200);
    }

    private static void assertNothingPersonal(String publicJson, JsonNode complaint) {
        var citizen = complaint.get("user");
        assertThat(publicJson).doesNotContain(citizen.get("name").asString(), citizen.get("id").asString(),
                complaint.get("title").asString(), complaint.get("description").asString(), complaint.get("tracking_number").asString(),
                complaint.get("location").asString(), "phone");
    }

    private static Path stored(JsonNode photo, String field) {
        return stored(photo.get(field).asString());
    }

    private static Path stored(String url) {
        return Path.of("target/test-media").resolve(url.substring("/media/".length()));
    }
}
