package bd.gov.cleancare.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.platform.images.Photos;
import bd.gov.cleancare.support.ApiTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Gallery staff, albums and photos made through the API, for the gallery's tests. */
abstract class GalleryFixtures extends ApiTest {

    static final String ALBUMS = "/api/v1/gallery/albums/";

    /** An admin with the gallery permission (create, read, update, delete) in these DSCC wards. */
    Account galleryAdmin(String... wards) {
        var admin = staff("admin", "DSCC", wards);
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                VALUES (:id, 'gallery', 'gallery', :wards, 'DSCC', TRUE, TRUE, TRUE, TRUE)""")
                .param("id", admin.id()).param("wards", wards).update();
        return admin;
    }

    JsonNode album(Account admin, String title, boolean published) {
        return album(admin, Map.of("title", title, "city_corporation", "DSCC", "ward_number", "12", "is_published", published));
    }

    JsonNode album(Account admin, Map<String, Object> body) {
        var response = api.as(admin.accessToken()).post(ALBUMS, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    JsonNode photo(Account admin, JsonNode album, Map<String, String> fields) {
        var response = upload(admin, album, fields, Photos.png(16, 12));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    JsonNode photo(Account admin, JsonNode album, String caption, boolean published) {
        return photo(admin, album, Map.of("caption", caption, "is_published", String.valueOf(published)));
    }

    bd.gov.cleancare.support.Http.Response upload(Account admin, JsonNode album, Map<String, String> fields, byte[] content) {
        return api.as(admin.accessToken()).multipart(ALBUMS + id(album) + "/photos/", fields, "image", "photo.png", "image/png", content);
    }

    /** A complaint of DSCC ward 12 (unless overridden) with one photo, moved to the given status by its ward office. */
    JsonNode complaintWithPhoto(String status, Map<String, Object> overrides) {
        var citizen = citizen();
        var complaint = file(citizen, overrides);
        var photo = api.as(citizen.accessToken()).multipart("/api/v1/complaints/" + id(complaint) + "/images/", "image", "IMG_1.jpg",
                "image/jpeg", Photos.jpegTakenAt(23.7104, 90.4074));
        assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
        var office = staff("super_admin", "DSCC");
        var steps = new ArrayList<String>();
        if (!status.equals("submitted")) {
            steps.add("in_progress");
        }
        if (status.equals("resolved")) {
            steps.add("resolved");
        }
        for (var step : steps) {
            var moved = api.as(office.accessToken()).post("/api/v1/complaints/" + id(complaint) + "/updates/", Map.of("new_status", step));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        }
        return api.as(citizen.accessToken()).get("/api/v1/complaints/" + id(complaint) + "/").json();
    }

    static Map<String, String> fields(String... pairs) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static String id(JsonNode node) {
        return node.get("id").asString();
    }

    static List<String> ids(JsonNode array) {
        var ids = new ArrayList<String>();
        array.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
