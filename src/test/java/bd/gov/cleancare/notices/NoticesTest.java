package bd.gov.cleancare.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.platform.images.Photos;
import bd.gov.cleancare.support.ApiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The ward notice board: who sees which notice when, who may write them, and who hears of urgent ones. */
class NoticesTest extends ApiTest {

    @Autowired
    Notices notices;

    @Test
    void citizens_see_live_notices_of_their_ward_and_the_city_urgent_first() {
        var superAdmin = staff("super_admin", "DSCC");
        var office = noticeAdmin("12");
        var otherOffice = noticeAdmin("13");
        var cityWide = publish(superAdmin, Map.of("title", "শহরব্যাপী পরিচ্ছন্নতা সপ্তাহ", "category", "event"));
        clock.advance(Duration.ofMinutes(1));
        var normal = publish(office, Map.of("title", "সাধারণ সভা", "target_wards", List.of("১২")));
        clock.advance(Duration.ofMinutes(1));
        var newer = publish(office, Map.of("title", "পানি সরবরাহ বন্ধ থাকবে", "category", "water_supply", "priority", "high",
                "target_wards", List.of("12")));
        var urgent = publish(office, Map.of("title", "ডেঙ্গু সতর্কতা", "category", "স্বাস্থ্য", "is_urgent", true, "target_wards", List.of("12")));
        publish(otherOffice, Map.of("title", "১৩ নম্বর ওয়ার্ডের নোটিশ", "target_wards", List.of("13")));
        var scheduled = publish(office, Map.of("title", "আগামী সপ্তাহের নোটিশ", "target_wards", List.of("12"),
                "published_at", clock.instant().plus(Duration.ofDays(2)).toString()));
        var expiring = publish(office, Map.of("title", "আজকের নোটিশ", "target_wards", List.of("12"),
                "expires_at", clock.instant().plus(Duration.ofHours(1)).toString()));
        var withdrawn = publish(office, Map.of("title", "প্রত্যাহার করা নোটিশ", "target_wards", List.of("12"), "is_active", false));
        var citizen = citizen("DSCC", "12");

        assertThat(titles(api.as(citizen.accessToken()).get("/api/v1/notices/").json()))
                .containsExactly(title(urgent), title(newer), title(expiring), title(normal), title(cityWide));
        var anonymousWard = api.get("/api/v1/notices/?city_corporation=DSCC&ward=12").json();
        assertThat(titles(anonymousWard)).containsExactly(title(urgent), title(newer), title(expiring), title(normal), title(cityWide));
        assertThat(anonymousWard.get("results").get(0).get("is_read").isNull()).isTrue();
        assertThat(titles(api.get("/api/v1/notices/").json())).containsExactly(title(cityWide));
        assertThat(titles(api.as(citizen.accessToken()).get("/api/v1/notices/?category=water_supply").json())).containsExactly(title(newer));

        clock.advance(Duration.ofDays(3));
        citizen = login(citizen.phone(), PASSWORD);
        office = login(office.phone(), PASSWORD);
        assertThat(titles(api.as(citizen.accessToken()).get("/api/v1/notices/").json()))
                .containsExactly(title(urgent), title(newer), title(scheduled), title(normal), title(cityWide));
        assertThat(api.as(citizen.accessToken()).get("/api/v1/notices/" + id(expiring) + "/").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/notices/" + id(withdrawn) + "/").status()).isEqualTo(404);
        assertThat(api.as(office.accessToken()).get("/api/v1/notices/" + id(withdrawn) + "/").json().get("state").asString())
                .isEqualTo("inactive");

        var managed = api.as(office.accessToken()).get("/api/v1/notices/").json();
        assertThat(titles(managed)).contains(title(expiring), title(withdrawn), title(cityWide)).doesNotContain("১৩ নম্বর ওয়ার্ডের নোটিশ");
        assertThat(titles(api.as(office.accessToken()).get("/api/v1/notices/?state=expired").json())).containsExactly(title(expiring));
    }

    @Test
    void staff_write_notices_only_for_the_wards_they_hold_the_permission_in() {
        var office = noticeAdmin("12");
        var complaintsOnly = staff("admin", "DSCC", "12");
        var superAdmin = staff("super_admin", "DSCC");
        var citizen = citizen();
        var ward12 = Map.<String, Object>of("title", "নোটিশ", "content", "বিস্তারিত", "target_wards", List.of("12"));

        assertThat(api.as(citizen.accessToken()).post("/api/v1/notices/", ward12).status()).isEqualTo(403);
        assertThat(api.as(complaintsOnly.accessToken()).post("/api/v1/notices/", ward12).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/notices/", ward12).status()).isEqualTo(401);
        assertThat(api.as(office.accessToken()).post("/api/v1/notices/", body(Map.of("target_wards", List.of("12", "13")))).status())
                .isEqualTo(403);
        var cityWide = api.as(office.accessToken()).with("Accept-Language", "en").post("/api/v1/notices/", body(Map.of("target_wards", List.of())));
        assertThat(cityWide.status()).isEqualTo(403);
        assertThat(cityWide.json().get("detail").asString()).contains("super admin");

        var theirs = publish(superAdmin, Map.of("title", "১৩ নম্বরের নোটিশ", "target_wards", List.of("13")));
        assertThat(api.as(office.accessToken()).put("/api/v1/notices/" + id(theirs) + "/", Map.of("title", "বদল")).status()).isEqualTo(403);
        assertThat(api.as(office.accessToken()).delete("/api/v1/notices/" + id(theirs) + "/").status()).isEqualTo(403);
        var mine = publish(office, Map.of("title", "আমার নোটিশ", "target_wards", List.of("12")));
        assertThat(api.as(office.accessToken()).put("/api/v1/notices/" + id(mine) + "/", Map.of("target_wards", List.of("13"))).status())
                .isEqualTo(403);

        var edited = api.as(office.accessToken()).put("/api/v1/notices/" + id(mine) + "/", Map.of("title", "সংশোধিত নোটিশ", "priority", "high"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("title").asString()).isEqualTo("সংশোধিত নোটিশ");
        assertThat(edited.json().get("content").asString()).isEqualTo("বিস্তারিত বিবরণ");
        assertThat(edited.json().get("target_wards").get(0).asString()).isEqualTo("12");
        var expired = api.as(office.accessToken()).post("/api/v1/notices/" + id(mine) + "/expire/", Map.of());
        assertThat(expired.json().get("state").asString()).isEqualTo("expired");
        assertThat(api.as(office.accessToken()).delete("/api/v1/notices/" + id(mine) + "/").status()).isEqualTo(204);
        assertThat(api.as(office.accessToken()).get("/api/v1/notices/" + id(mine) + "/").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action LIKE 'notice.%'").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void an_urgent_notice_reaches_each_targeted_citizen_once_live_by_push_and_by_sms() throws Exception {
        var office = noticeAdmin("12");
        var online = citizen("DSCC", "12");
        var offline = citizen("DSCC", "12");
        var elsewhere = citizen("DSCC", "13");
        api.as(offline.accessToken()).post("/api/v1/notifications/devices/", Map.of("token", "offline-phone", "platform", "android"));

        try (var socket = connect("/ws/notifications/", online)) {
            var notice = publish(office, Map.of("title", "জলাবদ্ধতা সতর্কতা", "priority", "urgent", "send_sms", true,
                    "target_wards", List.of("12")));
            var live = socket.next(frame -> frame.has("notification")).get("notification");
            assertThat(live.get("kind").asString()).isEqualTo("urgent_notice");
            assertThat(live.get("resource_id").asString()).isEqualTo(id(notice));
            assertThat(live.get("title").asString()).contains("জলাবদ্ধতা সতর্কতা");
            assertThat(notice.get("is_urgent").asBoolean()).isTrue();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> push.sentTo("offline-phone").size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> textsTo(online.phone()) == 1 && textsTo(offline.phone()) == 1);
        assertThat(textsTo(elsewhere.phone())).isZero();
        assertThat(api.as(elsewhere.accessToken()).get("/api/v1/notifications/").json().get("count").asInt()).isZero();

        assertThat(notices.announceDue()).isZero();
        var quiet = publish(office, Map.of("title", "স্কুল বন্ধ", "is_urgent", true, "target_wards", List.of("12"),
                "published_at", clock.instant().plus(Duration.ofHours(3)).toString()));
        assertThat(notices.announceDue()).isZero();
        clock.advance(Duration.ofHours(4));
        assertThat(notices.announceDue()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> push.sentTo("offline-phone").size() == 2);
        assertThat(notices.announceDue()).isZero();
        var inbox = api.as(login(offline.phone(), PASSWORD).accessToken()).get("/api/v1/notifications/").json();
        assertThat(inbox.get("count").asInt()).isEqualTo(2);
        assertThat(inbox.get("results").get(0).get("resource_id").asString()).isEqualTo(id(quiet));
        assertThat(textsTo(offline.phone())).as("no SMS unless asked for").isEqualTo(1);
    }

    @Test
    void the_office_sees_how_many_citizens_of_the_ward_have_read_a_notice() {
        var office = noticeAdmin("12");
        var otherOffice = noticeAdmin("13");
        var reader = citizen("DSCC", "12");
        citizen("DSCC", "12");
        citizen("DSCC", "12");
        citizen("DSCC", "13");
        var notice = publish(office, Map.of("title", "কর পরিশোধের শেষ তারিখ", "category", "tax_and_fees", "target_wards", List.of("12")));

        var before = api.as(reader.accessToken()).get("/api/v1/notices/").json().get("results").get(0);
        assertThat(before.get("is_read").asBoolean()).isFalse();
        assertThat(api.as(reader.accessToken()).get("/api/v1/notices/" + id(notice) + "/").json().get("is_read").asBoolean()).isTrue();
        api.as(reader.accessToken()).post("/api/v1/notices/" + id(notice) + "/read/", Map.of());
        assertThat(api.as(reader.accessToken()).get("/api/v1/notices/").json().get("results").get(0).get("is_read").asBoolean()).isTrue();

        var readership = api.as(office.accessToken()).get("/api/v1/notices/" + id(notice) + "/reads/");
        assertThat(readership.status()).as(readership.toString()).isEqualTo(200);
        assertThat(readership.json().get("citizens").asLong()).isEqualTo(3);
        assertThat(readership.json().get("readers").asLong()).isEqualTo(1);
        assertThat(readership.json().get("read_rate").asDouble()).isEqualTo(33.3);
        assertThat(readership.json().get("wards").get(0).get("ward_number").asString()).isEqualTo("12");
        assertThat(api.as(otherOffice.accessToken()).get("/api/v1/notices/" + id(notice) + "/reads/").status()).isEqualTo(403);
        assertThat(api.as(reader.accessToken()).get("/api/v1/notices/" + id(notice) + "/reads/").status()).isEqualTo(403);
    }

    @Test
    void images_and_pdfs_can_be_attached_and_nothing_else() {
        var office = noticeAdmin("12");
        var notice = publish(office, Map.of("title", "রাস্তা মেরামতের সময়সূচি", "target_wards", List.of("12")));
        var path = "/api/v1/notices/" + id(notice) + "/attachments/";

        var pdf = api.as(office.accessToken()).multipart(path, "file", "../../schedule.pdf", "application/pdf",
                "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(201);
        assertThat(pdf.json().get("file_type").asString()).isEqualTo("pdf");
        assertThat(pdf.json().get("file_name").asString()).isEqualTo("schedule.pdf");
        var photo = api.as(office.accessToken()).multipart(path, "file", "map.jpg", "image/jpeg", Photos.jpegTakenAt(23.81, 90.41));
        assertThat(photo.status()).isEqualTo(201);
        assertThat(photo.json().get("thumbnail_url").asString()).isNotBlank();
        var stored = api.get(photo.json().get("file_url").asString().replaceFirst("^https?://[^/]+", ""));
        assertThat(Photos.containsExif(stored.body())).isFalse();

        assertThat(api.as(office.accessToken()).multipart(path, "file", "x.html", "image/png", "<script>".getBytes()).status()).isEqualTo(400);
        assertThat(api.as(citizen().accessToken()).multipart(path, "file", "map.png", "image/png", Photos.png(8, 8)).status()).isEqualTo(403);
        for (int i = 0; i < 3; i++) {
            assertThat(api.as(office.accessToken()).multipart(path, "file", i + ".png", "image/png", Photos.png(8, 8)).status()).isEqualTo(201);
        }
        assertThat(api.as(office.accessToken()).multipart(path, "file", "6.png", "image/png", Photos.png(8, 8)).status()).isEqualTo(400);

        var shown = api.get("/api/v1/notices/" + id(notice) + "/").json().get("attachments");
        assertThat(shown).hasSize(5);
        var removed = api.as(office.accessToken()).delete(path + pdf.json().get("id").asString() + "/");
        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.as(office.accessToken()).delete(path + pdf.json().get("id").asString() + "/").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/notices/" + id(notice) + "/").json().get("attachments")).hasSize(4);
    }

    @Test
    void bad_notices_are_explained_field_by_field_and_nothing_is_stored() {
        var office = noticeAdmin("12");
        var en = api.as(office.accessToken()).with("Accept-Language", "en");

        var untitled = en.post("/api/v1/notices/", Map.of("content", "বিস্তারিত", "target_wards", List.of("12")));
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.header("Content-Type")).startsWith("application/problem+json");
        assertThat(untitled.json().get("errors").has("title")).isTrue();
        assertThat(en.post("/api/v1/notices/", body(Map.of("category", "gossip"))).json().get("errors").has("category")).isTrue();
        assertThat(en.post("/api/v1/notices/", body(Map.of("priority", "critical"))).json().get("errors").has("priority")).isTrue();
        assertThat(en.post("/api/v1/notices/", body(Map.of("target_wards", List.of("999")))).status()).isEqualTo(400);
        var backwards = en.post("/api/v1/notices/", body(Map.of("expires_at", clock.instant().minus(Duration.ofDays(1)).toString())));
        assertThat(backwards.json().get("errors").has("expires_at")).isTrue();
        assertThat(en.post("/api/v1/notices/", body(Map.of("published_at", "tomorrow"))).status()).isEqualTo(400);
        assertThat(en.post("/api/v1/notices/", "{\"title\": ").status()).isEqualTo(400);
        assertThat(en.get("/api/v1/notices/?category=gossip").status()).isEqualTo(400);
        assertThat(en.get("/api/v1/notices/?page=abc").status()).isEqualTo(400);
        assertThat(en.get("/api/v1/notices/" + UUID.randomUUID() + "/").status()).isEqualTo(404);
        assertThat(en.get("/api/v1/notices/not-a-uuid/").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM notices").query(Long.class).single()).isZero();

        var categories = api.get("/api/v1/notices/categories/").json();
        assertThat(categories.get("results").get(0).get("code").asString()).isEqualTo("general");
    }

    private Account noticeAdmin(String ward) {
        var admin = staff("admin", "DSCC", ward);
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                VALUES (:id, 'notices', 'notices', :wards, 'DSCC', TRUE, TRUE, TRUE, TRUE)""")
                .param("id", admin.id()).param("wards", new String[] {ward}).update();
        return admin;
    }

    private JsonNode publish(Account who, Map<String, Object> overrides) {
        var response = api.as(who.accessToken()).post("/api/v1/notices/", body(overrides));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static Map<String, Object> body(Map<String, Object> overrides) {
        var body = new HashMap<String, Object>(Map.of("title", "ওয়ার্ড নোটিশ", "content", "বিস্তারিত বিবরণ", "category", "general"));
        body.putAll(overrides);
        return body;
    }

    private long textsTo(String phone) {
        return sms.sent().stream().filter(sent -> sent.phone().equals(phone) && sent.text().contains("জরুরি নোটিশ")).count();
    }

    private static List<String> titles(JsonNode page) {
        var titles = new ArrayList<String>();
        page.get("results").forEach(notice -> titles.add(notice.get("title").asString()));
        return titles;
    }

    private static String title(JsonNode notice) {
        return notice.get("title").asString();
    }

    private static String id(JsonNode notice) {
        return notice.get("id").asString();
    }
}
