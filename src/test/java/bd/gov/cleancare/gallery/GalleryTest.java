package bd.gov.cleancare.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.platform.images.Photos;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who sees which albums and photos, in which order, and who may change them. */
class GalleryTest extends GalleryFixtures {

    @Test
    void the_public_sees_only_published_albums_and_photos_in_their_set_order() {
        var admin = galleryAdmin("12");
        var first = album(admin, "বর্জ্য অপসারণ অভিযান", true);
        var draft = album(admin, "খসড়া", false);
        var second = album(admin, "নতুন ড্রেন", true);
        var shown = photo(admin, first, "আগে", true);
        var hidden = photo(admin, first, "অপ্রকাশিত", false);
        var alsoShown = photo(admin, first, "পরে", true);
        api.as(admin.accessToken()).put(ALBUMS + id(first) + "/", Map.of("cover_photo_id", id(hidden)));

        var listed = api.get(ALBUMS);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().get("count").asInt()).isEqualTo(2);
        assertThat(ids(listed.json().get("results"))).containsExactly(id(first), id(second));
        assertThat(api.get("/api/v1/gallery/albums?ward=12&city_corporation=DSCC").json().get("count").asInt()).isEqualTo(2);
        assertThat(api.get(ALBUMS + "?ward=13").json().get("count").asInt()).isZero();

        var detail = api.get(ALBUMS + id(first) + "/").json();
        assertThat(ids(detail.get("photos"))).containsExactly(id(shown), id(alsoShown));
        assertThat(detail.get("photo_count").asInt()).isEqualTo(2);
        assertThat(detail.get("cover_thumbnail_url").asString()).isEqualTo(shown.get("thumbnail_url").asString());
        assertThat(detail.get("title").asString()).isEqualTo("বর্জ্য অপসারণ অভিযান");

        assertThat(api.get(ALBUMS + id(draft) + "/").status()).isEqualTo(404);
        assertThat(api.as(citizen().accessToken()).get(ALBUMS + id(draft) + "/").status()).isEqualTo(404);
        assertThat(api.as(citizen().accessToken()).get(ALBUMS).json().get("count").asInt()).isEqualTo(2);
    }

    @Test
    void hidden_albums_and_photos_are_visible_to_the_wards_gallery_staff_and_super_admins_only() {
        var admin = galleryAdmin("12");
        var draft = album(admin, "খসড়া", false);
        var published = album(admin, "প্রকাশিত", true);
        var hiddenPhoto = photo(admin, published, "অপ্রকাশিত", false);

        var own = api.as(admin.accessToken()).get(ALBUMS).json();
        assertThat(ids(own.get("results"))).containsExactlyInAnyOrder(id(draft), id(published));
        assertThat(api.as(admin.accessToken()).get(ALBUMS + id(draft) + "/").json().get("is_published").asBoolean()).isFalse();
        assertThat(ids(api.as(admin.accessToken()).get(ALBUMS + id(published) + "/").json().get("photos"))).containsExactly(id(hiddenPhoto));

        var superAdmin = staff("super_admin", "DSCC");
        assertThat(api.as(superAdmin.accessToken()).get(ALBUMS + id(draft) + "/").status()).isEqualTo(200);

        var otherWard = galleryAdmin("13");
        var complaintsOnly = staff("admin", "DSCC", "12");
        for (var outsider : List.of(otherWard, complaintsOnly)) {
            assertThat(api.as(outsider.accessToken()).get(ALBUMS + id(draft) + "/").status()).isEqualTo(404);
            assertThat(ids(api.as(outsider.accessToken()).get(ALBUMS).json().get("results"))).containsExactly(id(published));
            var seen = api.as(outsider.accessToken()).get(ALBUMS + id(published) + "/").json();
            assertThat(seen.get("photos").size()).isZero();
            assertThat(seen.get("photo_count").asInt()).isZero();
            assertThat(seen.get("cover_image_url").isNull()).isTrue();
        }

        var unpublish = api.as(admin.accessToken()).put(ALBUMS + id(published) + "/", Map.of("is_published", false));
        assertThat(unpublish.json().get("published_at").isNull()).isTrue();
        assertThat(api.get(ALBUMS + id(published) + "/").status()).isEqualTo(404);
        var publish = api.as(admin.accessToken()).put(ALBUMS + id(draft) + "/", Map.of("is_published", true));
        assertThat(publish.json().get("published_at").isNull()).isFalse();
        assertThat(api.get(ALBUMS + id(draft) + "/").status()).isEqualTo(200);
    }

    @Test
    void reordering_photos_persists_their_positions_and_refuses_lists_that_are_not_exactly_the_albums_photos() {
        var admin = galleryAdmin("12");
        var album = album(admin, "ড্রেন পরিষ্কার", true);
        var a = id(photo(admin, album, "১", true));
        var b = id(photo(admin, album, "২", true));
        var c = id(photo(admin, album, "৩", true));
        var elsewhere = id(photo(admin, album(admin, "অন্য", true), "৪", true));
        var path = ALBUMS + id(album) + "/order/";

        var reordered = api.as(admin.accessToken()).put(path, Map.of("photo_ids", List.of(c, a, b)));

        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(ids(reordered.json().get("photos"))).containsExactly(c, a, b);
        assertThat(ids(api.get(ALBUMS + id(album) + "/").json().get("photos"))).containsExactly(c, a, b);
        assertThat(jdbc.sql("SELECT id::text FROM gallery_photos WHERE album_id = :album ORDER BY position")
                .param("album", UUID.fromString(id(album))).query(String.class).list()).containsExactly(c, a, b);

        for (var wrong : List.of(List.of(c, a), List.of(c, a, b, b), List.of(c, a, elsewhere), List.of(c, a, b, elsewhere))) {
            var refused = api.as(admin.accessToken()).put(path, Map.of("photo_ids", wrong));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").has("photo_ids")).isTrue();
        }
        assertThat(api.as(admin.accessToken()).put(path, Map.of()).status()).isEqualTo(400);
        assertThat(api.as(admin.accessToken()).put(path, Map.of("photo_ids", List.of("not-a-uuid"))).status()).isEqualTo(400);
        assertThat(ids(api.get(ALBUMS + id(album) + "/").json().get("photos"))).containsExactly(c, a, b);
    }

    @Test
    void a_wards_albums_are_reordered_together_by_its_gallery_staff() {
        var admin = galleryAdmin("12");
        var first = id(album(admin, "এক", true));
        var second = id(album(admin, "দুই", false));
        var third = id(album(admin, "তিন", true));
        var order = Map.of("city_corporation", "DSCC", "ward_number", "12", "album_ids", List.of(third, second, first));

        var reordered = api.as(admin.accessToken()).put(ALBUMS + "order/", order);

        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(204);
        assertThat(ids(api.get(ALBUMS).json().get("results"))).containsExactly(third, first);
        assertThat(ids(api.as(admin.accessToken()).get(ALBUMS).json().get("results"))).containsExactly(third, second, first);
        var missing = api.as(admin.accessToken()).put(ALBUMS + "order/",
                Map.of("city_corporation", "DSCC", "ward_number", "12", "album_ids", List.of(third, first)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").has("album_ids")).isTrue();
        assertThat(api.as(galleryAdmin("13").accessToken()).put(ALBUMS + "order/", order).status()).isEqualTo(403);
        assertThat(api.as(admin.accessToken()).put(ALBUMS + "order/", Map.of("album_ids", List.of(third, second, first))).status())
                .isEqualTo(400);
    }

    @Test
    void an_admin_changes_only_albums_of_the_wards_of_their_gallery_permission() {
        var wardTwelve = galleryAdmin("12");
        var wardThirteen = galleryAdmin("13");
        var published = album(wardTwelve, "প্রকাশিত", true);
        var draft = album(wardTwelve, "খসড়া", false);
        var photo = photo(wardTwelve, published, "ছবি", true);

        assertThat(upload(wardThirteen, published, Map.of(), Photos.png(8, 8)).status()).isEqualTo(403);
        assertThat(upload(wardThirteen, draft, Map.of(), Photos.png(8, 8)).status()).isEqualTo(404);
        var as13 = api.as(wardThirteen.accessToken());
        assertThat(as13.put(ALBUMS + id(published) + "/", Map.of("title", "দখল")).status()).isEqualTo(403);
        assertThat(as13.put(ALBUMS + id(published) + "/photos/" + id(photo) + "/", Map.of("caption", "দখল")).status()).isEqualTo(403);
        assertThat(as13.delete(ALBUMS + id(published) + "/photos/" + id(photo) + "/").status()).isEqualTo(403);
        assertThat(as13.delete(ALBUMS + id(published) + "/").status()).isEqualTo(403);
        assertThat(as13.delete(ALBUMS + id(draft) + "/").status()).isEqualTo(404);
        assertThat(as13.post(ALBUMS, Map.of("title", "অনধিকার", "city_corporation", "DSCC", "ward_number", "12")).status()).isEqualTo(403);
        assertThat(api.as(citizen().accessToken()).post(ALBUMS, Map.of("title", "নাগরিক", "ward_number", "12")).status()).isEqualTo(403);
        assertThat(api.post(ALBUMS, Map.of("title", "অচেনা", "ward_number", "12")).status()).isEqualTo(401);
        assertThat(api.as(wardTwelve.accessToken()).post(ALBUMS, Map.of("title", "সারা শহর", "city_corporation", "DSCC")).status())
                .isEqualTo(403);

        var cityWide = album(staff("super_admin", "DSCC"), Map.of("title", "সারা শহর", "city_corporation", "DSCC", "is_published", true));
        assertThat(cityWide.get("ward_number").isNull()).isTrue();
        assertThat(api.get(ALBUMS + "?city_corporation=dscc").json().get("count").asInt()).isEqualTo(2);
        assertThat(api.as(wardTwelve.accessToken()).put(ALBUMS + id(cityWide) + "/", Map.of("title", "x")).status()).isEqualTo(403);

        assertThat(api.as(wardTwelve.accessToken()).put(ALBUMS + id(published) + "/", Map.of("title", "নতুন নাম")).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'gallery.album_updated' AND user_id = :admin")
                .param("admin", wardTwelve.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'gallery.album_created'").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void bad_input_is_a_400_problem_never_a_500() {
        var admin = galleryAdmin("12");
        var album = album(admin, "অ্যালবাম", true);
        var other = album(admin, "অন্য", true);
        var foreign = photo(admin, other, "অন্য ছবি", true);
        var own = photo(admin, album, "ছবি", true);
        var as = api.as(admin.accessToken()).with("Accept-Language", "en");

        var cases = List.of(
                as.post(ALBUMS, Map.of("city_corporation", "DSCC", "ward_number", "12")),
                as.post(ALBUMS, Map.of("title", "x".repeat(201), "ward_number", "12")),
                as.post(ALBUMS, Map.of("title", "x", "city_corporation", "DSCC", "ward_number", "999")),
                as.post(ALBUMS, Map.of("title", "x", "city_corporation", "XYZ")),
                as.post(ALBUMS, Map.of("title", "x")),
                as.post(ALBUMS, "{\"title\": \"x\", \"ward_number\": \"12\", \"is_published\": \"maybe\"}"),
                as.post(ALBUMS, "{\"title\": "),
                as.post(ALBUMS, "null"),
                as.put(ALBUMS + id(album) + "/", Map.of("title", " ")),
                as.put(ALBUMS + id(album) + "/", Map.of("cover_photo_id", id(foreign))),
                as.put(ALBUMS + id(album) + "/", Map.of("cover_photo_id", "nope")),
                as.get(ALBUMS + "?page=abc"),
                as.get(ALBUMS + "?ward=999"),
                as.get(ALBUMS + "?city_corporation=XYZ"),
                upload(admin, album, fields("kind", "sideways"), Photos.png(8, 8)),
                upload(admin, album, fields("taken_at", "yesterday"), Photos.png(8, 8)),
                upload(admin, album, fields("is_published", "maybe"), Photos.png(8, 8)),
                upload(admin, album, fields("caption", "x".repeat(501)), Photos.png(8, 8)),
                upload(admin, album, fields("kind", "after", "complaint_id", "CC123"), Photos.png(8, 8)),
                as.raw("POST", ALBUMS + id(album) + "/photos/", "multipart/form-data; boundary=x", "--x\r\nbroken".getBytes()),
                as.post(ALBUMS + id(album) + "/complaint-photos/", Map.of()),
                as.post(ALBUMS + id(album) + "/complaint-photos/", Map.of("complaint_id", "abc")),
                as.put(ALBUMS + id(album) + "/photos/" + id(own) + "/", Map.of("taken_at", "2026-13-45")));
        for (var response : cases) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(as.get(ALBUMS + "not-a-uuid/").status()).isEqualTo(404);
        assertThat(as.get(ALBUMS + UUID.randomUUID() + "/").status()).isEqualTo(404);
        assertThat(as.put(ALBUMS + id(album) + "/photos/" + id(foreign) + "/", Map.of("caption", "x")).status()).isEqualTo(404);
        assertThat(as.get(ALBUMS + "?page=9").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM gallery_albums").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM gallery_photos").query(Long.class).single()).isEqualTo(2);
    }
}
