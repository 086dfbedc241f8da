package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Response templates, merging duplicates and assisted (hotline) reporting, with the attacks each must refuse. */
class StaffToolsTest extends ApiTest {

    private static final String TEMPLATES = "/api/v1/admin/response-templates/";

    // ---- response templates ----

    @Test
    void super_admins_keep_response_templates_with_validation_in_bengali_and_english() {
        var boss = staff("super_admin", null);
        var admin = staff("admin", "DSCC", "12");
        var citizen = citizen();
        var body = template("cleanliness", "resolved");

        assertProblem(api.as(admin.accessToken()).post(TEMPLATES, body), 403);
        assertProblem(api.as(citizen.accessToken()).post(TEMPLATES, body), 403);
        assertProblem(api.as(admin.accessToken()).get(TEMPLATES), 403);

        var created = api.as(boss.accessToken()).post(TEMPLATES, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var id = created.json().get("id").asString();
        assertThat(created.json().get("category_code").asString()).isEqualTo("cleanliness");
        assertThat(created.json().get("status_code").asString()).isEqualTo("resolved");
        assertThat(created.json().get("text_bn").asString()).isEqualTo("ময়লা পরিষ্কার করা হয়েছে।");
        assertThat(created.json().get("is_active").asBoolean()).isTrue();

        var anyCategory = new HashMap<>(template("", "in_progress"));
        var forAll = api.as(boss.accessToken()).post(TEMPLATES, anyCategory);
        assertThat(forAll.status()).as(forAll.toString()).isEqualTo(201);
        assertThat(forAll.json().get("category").isNull()).isTrue();

        var missingEnglish = new HashMap<>(body);
        missingEnglish.remove("text_en");
        var bengali = api.as(boss.accessToken()).post(TEMPLATES, missingEnglish);
        assertProblem(bengali, 400);
        assertThat(bengali.json().get("errors").get("text_en").get(0).asString()).isEqualTo("এই তথ্যটি আবশ্যক।");
        var english = api.with("Accept-Language", "en").as(boss.accessToken()).post(TEMPLATES, missingEnglish);
        assertProblem(english, 400);
        assertThat(english.json().get("errors").get("text_en").get(0).asString()).isEqualTo("This field is required.");
        assertThat(api.as(boss.accessToken()).post(TEMPLATES, template("cleanliness", "submitted")).json().get("errors").has("status")).isTrue();
        assertThat(api.as(boss.accessToken()).post(TEMPLATES, template("potholes", "resolved")).json().get("errors").has("category")).isTrue();
        var tooLong = new HashMap<>(body);
        tooLong.put("text_bn", "অ".repeat(2001));
        assertThat(api.as(boss.accessToken()).post(TEMPLATES, tooLong).json().get("errors").has("text_bn")).isTrue();

        var changed = api.as(boss.accessToken()).put(TEMPLATES + id + "/", Map.of("title", "পরিষ্কার শেষ", "is_active", false));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("title").asString()).isEqualTo("পরিষ্কার শেষ");
        assertThat(changed.json().get("text_en").asString()).as("fields not sent stay").isEqualTo("The garbage has been cleared.");
        assertThat(changed.json().get("is_active").asBoolean()).isFalse();
        assertThat(api.as(boss.accessToken()).get(TEMPLATES).json().get("count").asInt()).isEqualTo(2);
        assertProblem(api.as(admin.accessToken()).delete(TEMPLATES + id + "/"), 403);
        assertThat(api.as(boss.accessToken()).delete(TEMPLATES + id + "/").status()).isEqualTo(204);
        assertProblem(api.as(boss.accessToken()).get(TEMPLATES + id + "/"), 404);
        assertThat(actions(boss)).contains("response_template.created", "response_template.changed", "response_template.deleted");
    }

    @Test
    void a_chosen_template_becomes_the_public_update_in_the_citizens_language() {
        var boss = staff("super_admin", null);
        var admin = staff("admin", "DSCC", "12");
        var bengaliCitizen = citizen();
        var englishCitizen = citizen();
        jdbc.sql("UPDATE users SET language = 'en' WHERE id = :id").param("id", englishCitizen.id()).update();
        var started = id(api.as(boss.accessToken()).post(TEMPLATES, template(null, "in_progress")).json());
        var bengali = file(bengaliCitizen).get("id").asString();
        var english = file(englishCitizen).get("id").asString();

        var moved = api.as(admin.accessToken()).post("/api/v1/complaints/" + bengali + "/updates/", Map.of("template_id", started));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat(moved.json().get("status_code").asString()).as("the template's status").isEqualTo("in_progress");
        assertThat(lastComment(bengaliCitizen, bengali)).isEqualTo("ময়লা পরিষ্কার করা হয়েছে।");

        var put = api.as(admin.accessToken()).put("/api/v1/complaints/" + english + "/",
                Map.of("status", "in_progress", "template_id", started));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(lastComment(englishCitizen, english)).isEqualTo("The garbage has been cleared.");

        var resolvedTemplate = id(api.as(boss.accessToken()).post(TEMPLATES, template("cleanliness", "resolved")).json());
        var ownWords = api.as(admin.accessToken()).post("/api/v1/complaints/" + bengali + "/updates/",
                Map.of("template_id", resolvedTemplate, "comment", "আজ সকালে পরিষ্কার হয়েছে।"));
        assertThat(ownWords.status()).as(ownWords.toString()).isEqualTo(201);
        assertThat(lastComment(bengaliCitizen, bengali)).as("a comment given wins").isEqualTo("আজ সকালে পরিষ্কার হয়েছে।");
    }

    @Test
    void a_template_of_another_category_or_status_an_inactive_one_or_a_citizen_using_one_is_refused() {
        var boss = staff("super_admin", null);
        var admin = staff("admin", "DSCC", "12");
        var owner = citizen();
        var id = file(owner).get("id").asString();
        var roads = id(api.as(boss.accessToken()).post(TEMPLATES, template("roads", "in_progress")).json());
        var resolved = id(api.as(boss.accessToken()).post(TEMPLATES, template("cleanliness", "resolved")).json());
        var inactive = new HashMap<>(template("cleanliness", "in_progress"));
        inactive.put("is_active", false);
        var off = id(api.as(boss.accessToken()).post(TEMPLATES, inactive).json());
        var path = "/api/v1/complaints/" + id + "/updates/";

        assertThat(api.as(admin.accessToken()).post(path, Map.of("template_id", roads)).json().get("errors").has("template_id")).isTrue();
        var wrongStatus = api.as(admin.accessToken()).post(path, Map.of("new_status", "in_progress", "template_id", resolved));
        assertProblem(wrongStatus, 400);
        assertThat(wrongStatus.json().get("errors").has("template_id")).isTrue();
        assertProblem(api.as(admin.accessToken()).post(path, Map.of("template_id", off)), 400);
        assertProblem(api.as(admin.accessToken()).post(path, Map.of("template_id", UUID.randomUUID().toString())), 400);
        assertProblem(api.as(owner.accessToken()).post(path, Map.of("new_status", "cancelled", "template_id", resolved)), 403);
        assertThat(api.as(owner.accessToken()).get("/api/v1/complaints/" + id + "/").json().get("status_code").asString()).isEqualTo("submitted");
    }

    // ---- duplicates ----

    @Test
    void a_duplicate_closes_with_a_link_and_its_citizen_and_supporters_follow_the_original() {
        var admin = staff("admin", "DSCC", "12");
        var first = citizen();
        var second = citizen();
        var supporter = citizen();
        var original = file(first).get("id").asString();
        var duplicate = file(second).get("id").asString();
        api.as(supporter.accessToken()).post("/api/v1/complaints/" + duplicate + "/support/", Map.of());

        var merged = api.as(admin.accessToken()).post("/api/v1/complaints/" + duplicate + "/duplicate-of/",
                Map.of("original_id", original, "comment", "একই জায়গার অভিযোগ।"));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().get("status_code").asString()).isEqualTo("cancelled");
        assertThat(merged.json().get("duplicate_of").asString()).isEqualTo(original);
        var originalNumber = api.as(admin.accessToken()).get("/api/v1/complaints/" + original + "/").json().get("tracking_number").asString();
        assertThat(merged.json().get("duplicate_of_tracking_number").asString()).isEqualTo(originalNumber);
        var seenByItsCitizen = api.as(second.accessToken()).get("/api/v1/complaints/" + duplicate + "/").json();
        assertThat(seenByItsCitizen.get("duplicate_of").asString()).isEqualTo(original);
        var tracked = api.get("/api/v1/complaints/track/" + merged.json().get("tracking_number").asString() + "/").json();
        assertThat(tracked.get("duplicate_of").asString()).as("the public tracking links the original").isEqualTo(originalNumber);

        var duplicateLink = lastUpdate(admin, duplicate);
        assertThat(duplicateLink.get("link").asString()).isEqualTo("duplicate_of");
        assertThat(duplicateLink.get("linked_complaint_id").asString()).isEqualTo(original);
        assertThat(duplicateLink.get("new_status_code").asString()).isEqualTo("cancelled");
        assertThat(duplicateLink.get("comment").asString()).isEqualTo("একই জায়গার অভিযোগ।");
        var originalLink = lastUpdate(admin, original);
        assertThat(originalLink.get("link").asString()).isEqualTo("duplicate_merged");
        assertThat(originalLink.get("linked_complaint_id").asString()).isEqualTo(duplicate);
        assertThat(originalLink.get("new_status_code").asString()).as("the original keeps its status").isEqualTo("submitted");
        assertThat(actions(admin)).contains("complaint.marked_duplicate");

        assertThat(api.as(admin.accessToken()).get("/api/v1/complaints/" + original + "/").json().get("support_count").asInt())
                .as("its citizen and its supporter").isEqualTo(2);
        api.as(admin.accessToken()).post("/api/v1/complaints/" + original + "/updates/", Map.of("new_status", "in_progress"));
        await().atMost(Duration.ofSeconds(10)).until(() -> statusNotices(second, original) == 1 && statusNotices(supporter, original) == 1);
        assertThat(statusNotices(first, original)).isEqualTo(1);
    }

    @Test
    void chains_cycles_other_wards_outsiders_and_citizens_are_refused() {
        var admin = staff("admin", "DSCC", "12");
        var twoWards = staff("admin", "DSCC", "12", "13");
        var otherWard = staff("admin", "DSCC", "13");
        var owner = citizen();
        var a = file(owner).get("id").asString();
        var b = file(owner).get("id").asString();
        var c = file(owner).get("id").asString();
        var elsewhere = file(citizen("DSCC", "13"), Map.of("ward_number", "13")).get("id").asString();

        assertProblem(mark(owner, a, b), 403);
        assertProblem(mark(otherWard, a, b), 404);
        assertProblem(mark(admin, a, elsewhere), 404);
        var acrossWards = mark(twoWards, a, elsewhere);
        assertProblem(acrossWards, 400);
        assertThat(acrossWards.json().get("errors").has("original_id")).isTrue();
        assertProblem(mark(admin, a, a), 400);
        assertProblem(api.as(admin.accessToken()).post("/api/v1/complaints/" + a + "/duplicate-of/", Map.of()), 400);

        assertThat(mark(admin, a, b).status()).isEqualTo(200);
        assertProblem(mark(admin, c, a), 409);
        assertProblem(mark(admin, b, a), 409);
        assertProblem(mark(admin, b, c), 409);
        assertProblem(mark(admin, a, c), 409);
        assertThat(jdbc.sql("SELECT count(*) FROM complaints WHERE duplicate_of IS NOT NULL").query(Long.class).single()).isEqualTo(1);

        var english = api.with("Accept-Language", "en").as(admin.accessToken()).post("/api/v1/complaints/" + b + "/duplicate-of/",
                Map.of("original_id", c));
        assertThat(english.json().get("detail").asString()).contains("merged into");
    }

    // ---- assisted reporting ----

    @Test
    void hotline_staff_file_for_a_new_caller_who_gets_the_number_by_sms_and_can_take_the_account_over() {
        var admin = creator(staff("admin", "DSCC", "12"));
        var phone = newPhone();

        var filed = api.as(admin.accessToken()).post("/api/v1/complaints/assisted/", assisted(phone, Map.of("name", "রহিম মিয়া", "language", "en")));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().get("source").asString()).isEqualTo("hotline");
        assertThat(filed.json().get("filed_by").asString()).isEqualTo(admin.id().toString());
        var number = filed.json().get("tracking_number").asString();
        var caller = jdbc.sql("SELECT id, is_verified, user_type, language, name FROM users WHERE phone = :phone").param("phone", phone)
                .query((rs, n) -> List.<Object>of(rs.getString("id"), rs.getBoolean("is_verified"), rs.getString("user_type"), rs.getString("language"),
                        rs.getString("name"))).single();
        assertThat(caller.subList(1, 5)).containsExactly(false, "citizen", "en", "রহিম মিয়া");
        assertThat(filed.json().get("user_id").asString()).isEqualTo(caller.get(0));
        assertThat(jdbc.sql("SELECT source || '/' || filed_by FROM complaints").query(String.class).single())
                .isEqualTo("hotline/" + admin.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> sms.sent().stream().anyMatch(sent -> sent.phone().equals(phone)
                && sent.text().contains(number)));
        assertThat(actions(admin)).contains("complaint.filed_for_caller", "user.created_for_caller");
        assertProblem(api.post("/api/v1/auth/login/", Map.of("phone", phone, "password", "")), 400, 401, 403);

        // the caller signs up later with an OTP: the same account, with its complaint
        var registered = api.post("/api/v1/auth/register/", Map.of("phone", phone, "name", "রহিম", "password", PASSWORD));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        var verified = api.post("/api/v1/auth/verify-otp/", Map.of("phone", phone, "otp_code", sms.lastCodeFor(phone)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        var token = verified.json().get("access_token").asString();
        assertThat(verified.json().get("user").get("id").asString()).isEqualTo(caller.get(0));
        assertThat(api.as(token).get("/api/v1/complaints/").json().get("results").get(0).get("tracking_number").asString()).isEqualTo(number);
    }

    @Test
    void a_caller_with_an_account_gets_the_complaint_on_it_and_super_admins_file_in_any_ward() {
        var known = citizen("DSCC", "12");
        var boss = staff("super_admin", null);
        var before = jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();

        var filed = api.as(boss.accessToken()).post("/api/v1/complaints/assisted/",
                assisted(known.phone(), Map.of("city_corporation", "DNCC", "ward_number", "5")));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().get("user_id").asString()).isEqualTo(known.id().toString());
        assertThat(filed.json().get("ward_number").asString()).isEqualTo("5");
        assertThat(jdbc.sql("SELECT count(*) FROM users").query(Long.class).single()).isEqualTo(before);
        var own = api.as(known.accessToken()).get("/api/v1/complaints/" + filed.json().get("id").asString() + "/").json();
        assertThat(own.get("source").asString()).isEqualTo("hotline");
        assertThat(own.get("filed_by").isNull()).as("the staff member's id is for staff").isTrue();
        var byApp = file(known);
        assertThat(byApp.get("source").asString()).isEqualTo("app");
    }

    @Test
    void assisted_filing_is_refused_to_citizens_other_wards_and_without_the_create_permission_and_creates_nobody_on_bad_input() {
        var citizen = citizen();
        var readOnly = staff("admin", "DSCC", "12");
        var admin = creator(staff("admin", "DSCC", "12"));
        var provider = staff("service_provider", "DSCC", "12");
        var staffPhone = readOnly.phone();
        var before = jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
        var path = "/api/v1/complaints/assisted/";

        assertProblem(api.as(citizen.accessToken()).post(path, assisted(newPhone(), Map.of("name", "কেউ"))), 403);
        assertProblem(api.as(provider.accessToken()).post(path, assisted(newPhone(), Map.of("name", "কেউ"))), 403);
        assertProblem(api.as(readOnly.accessToken()).post(path, assisted(newPhone(), Map.of("name", "কেউ"))), 403);
        assertProblem(api.as(admin.accessToken()).post(path, assisted(newPhone(), Map.of("name", "কেউ", "ward_number", "13"))), 403);
        assertThat(api.as(admin.accessToken()).post(path, assisted(newPhone(), Map.of())).json().get("errors").has("name")).isTrue();
        assertThat(api.as(admin.accessToken()).post(path, assisted(newPhone(), Map.of("name", "কেউ", "title", " "))).json().get("errors")
                .has("title")).isTrue();
        assertThat(api.as(admin.accessToken()).post(path, assisted("12345", Map.of("name", "কেউ"))).json().get("errors").has("phone")).isTrue();
        assertThat(api.as(admin.accessToken()).post(path, assisted(staffPhone, Map.of())).json().get("errors").has("phone")).isTrue();
        var noWard = new HashMap<>(assisted(newPhone(), Map.of("name", "কেউ")));
        noWard.remove("ward_number");
        assertThat(api.as(admin.accessToken()).post(path, noWard).json().get("errors").has("ward_number")).isTrue();

        assertThat(jdbc.sql("SELECT count(*) FROM users").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isZero();
    }

    // ---- helpers ----

    private Account creator(Account admin) {
        jdbc.sql("UPDATE admin_permissions SET can_create = TRUE WHERE admin_id = :id").param("id", admin.id()).update();
        return admin;
    }

    private static Map<String, Object> template(String category, String status) {
        var body = new HashMap<String, Object>(Map.of("status", status, "title", "পরিষ্কার করা হয়েছে",
                "text_bn", "ময়লা পরিষ্কার করা হয়েছে।", "text_en", "The garbage has been cleared."));
        if (category != null) {
            body.put("category", category);
        }
        return body;
    }

    private static Map<String, Object> assisted(String phone, Map<String, Object> overrides) {
        var body = new HashMap<String, Object>(Map.of("phone", phone, "title", "ড্রেন বন্ধ", "description", "ড্রেন উপচে পানি রাস্তায়।",
                "category", "cleanliness", "location", "লালবাগ রোড", "city_corporation", "DSCC", "ward_number", "12"));
        body.putAll(overrides);
        return body;
    }

    private Http.Response mark(Account who, String duplicate, String original) {
        return api.as(who.accessToken()).post("/api/v1/complaints/" + duplicate + "/duplicate-of/", Map.of("original_id", original));
    }

    private String lastComment(Account who, String id) {
        return lastUpdate(who, id).get("comment").asString();
    }

    private JsonNode lastUpdate(Account who, String id) {
        var results = api.as(who.accessToken()).get("/api/v1/complaints/" + id + "/updates/").json().get("results");
        return results.get(results.size() - 1);
    }

    private long statusNotices(Account who, String complaintId) {
        return jdbc.sql("""
                SELECT count(*) FROM notifications WHERE user_id = :id AND kind = 'complaint_status' AND resource_id = CAST(:complaint AS uuid)""")
                .param("id", who.id()).param("complaint", complaintId).query(Long.class).single();
    }

    private List<String> actions(Account who) {
        return new ArrayList<>(jdbc.sql("SELECT action FROM activity_logs WHERE user_id = :id").param("id", who.id()).query(String.class).list());
    }

    private static String id(JsonNode node) {
        return node.get("id").asString();
    }

    private static void assertProblem(Http.Response response, int... statuses) {
        assertThat(statuses).as(response.toString()).contains(response.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
