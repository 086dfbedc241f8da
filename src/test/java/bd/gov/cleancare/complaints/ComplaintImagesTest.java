package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.platform.images.Photos;
import bd.gov.cleancare.support.ApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintImagesTest extends ApiTest {

    @Test
    void a_photo_is_stored_without_its_gps_whose_position_fills_a_missing_map_pin() {
        var citizen = citizen();
        var complaint = file(citizen);
        var path = "/api/v1/complaints/" + complaint.get("id").asString() + "/images/";
        var photo = Photos.jpegTakenAt(23.8103, 90.4125);
        assertThat(Photos.containsExif(photo)).isTrue();

        var response = api.as(citizen.accessToken()).multipart(path, "image", "IMG_2026.jpg", "image/jpeg", photo);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var image = response.json().get("results").get(0);
        var publicCopy = api.get(image.get("image_url").asString());
        assertThat(publicCopy.status()).isEqualTo(200);
        assertThat(Photos.containsExif(publicCopy.body())).isFalse();
        assertThat(api.get(image.get("thumbnail_url").asString()).status()).isEqualTo(200);
        assertThat(image.get("image_name").asString()).isEqualTo("IMG_2026.jpg");
        var detail = api.as(citizen.accessToken()).get("/api/v1/complaints/" + complaint.get("id").asString() + "/").json();
        assertThat(detail.get("latitude").decimalValue().doubleValue()).isCloseTo(23.8103, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(detail.get("images").size()).isEqualTo(1);
        var listed = api.as(citizen.accessToken()).get("/api/v1/complaints/").json().get("results").get(0);
        assertThat(listed.get("thumbnail_url").asString()).isEqualTo(image.get("thumbnail_url").asString());
    }

    @Test
    void the_gps_of_a_photo_does_not_move_a_pin_the_citizen_set() {
        var citizen = citizen();
        var complaint = file(citizen, Map.of("latitude", 23.75, "longitude", 90.39));

        api.as(citizen.accessToken()).multipart("/api/v1/complaints/" + complaint.get("id").asString() + "/images/", "image",
                "a.jpg", "image/jpeg", Photos.jpegTakenAt(23.8103, 90.4125));

        var detail = api.as(citizen.accessToken()).get("/api/v1/complaints/" + complaint.get("id").asString() + "/").json();
        assertThat(detail.get("latitude").decimalValue()).isEqualByComparingTo("23.75");
    }

    @Test
    void a_script_named_like_a_photo_is_refused() {
        var citizen = citizen();
        var path = "/api/v1/complaints/" + file(citizen).get("id").asString() + "/images/";

        var php = api.as(citizen.accessToken()).multipart(path, "image", "shell.php.jpg", "image/jpeg",
                "<?php system($_GET['c']); ?>".getBytes());

        assertThat(php.status()).isEqualTo(400);
        assertThat(php.json().get("errors").has("image")).isTrue();
    }

    @Test
    void at_most_five_photos_of_at_most_ten_megabytes_each() {
        var citizen = citizen();
        var path = "/api/v1/complaints/" + file(citizen).get("id").asString() + "/images/";
        for (int i = 0; i < 5; i++) {
            assertThat(api.as(citizen.accessToken()).multipart(path, "image", i + ".png", "image/png", Photos.png(8, 8)).status()).isEqualTo(201);
        }

        assertThat(api.as(citizen.accessToken()).multipart(path, "image", "6.png", "image/png", Photos.png(8, 8)).status()).isEqualTo(400);
        var other = "/api/v1/complaints/" + file(citizen).get("id").asString() + "/images/";
        var huge = Arrays.copyOf(Photos.jpeg(8, 8), 10 * 1024 * 1024 + 1);
        assertThat(api.as(citizen.accessToken()).multipart(other, "image", "big.jpg", "image/jpeg", huge).status()).isEqualTo(413);
    }

    @Test
    void only_those_who_may_see_the_complaint_can_add_photos() {
        var citizen = citizen();
        var stranger = citizen();
        var path = "/api/v1/complaints/" + file(citizen).get("id").asString() + "/images/";

        assertThat(api.as(stranger.accessToken()).multipart(path, "image", "a.png", "image/png", Photos.png(8, 8)).status()).isEqualTo(404);
        assertThat(api.multipart(path, "image", "a.png", "image/png", Photos.png(8, 8)).status()).isEqualTo(401);
    }

    @Test
    void deleting_a_complaint_deletes_its_files() {
        var citizen = citizen();
        var id = file(citizen).get("id").asString();
        var image = api.as(citizen.accessToken()).multipart("/api/v1/complaints/" + id + "/images/", "image", "a.png", "image/png",
                Photos.png(8, 8)).json().get("results").get(0);
        var stored = Path.of("target/test-media").resolve(image.get("image_url").asString().substring("/media/".length()));
        assertThat(Files.exists(stored)).isTrue();

        assertThat(api.as(citizen.accessToken()).delete("/api/v1/complaints/" + id + "/").status()).isEqualTo(204);

        assertThat(Files.exists(stored)).isFalse();
        assertThat(api.get(image.get("thumbnail_url").asString()).status()).isEqualTo(404);
    }
}
