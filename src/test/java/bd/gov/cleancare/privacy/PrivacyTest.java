package bd.gov.cleancare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A citizen downloads their data and deletes their account; their complaints stay, anonymised. */
class PrivacyTest extends ApiTest {

    private Http.Response deleteAccount(Account who, String password) {
        return api.as(who.accessToken()).raw("DELETE", "/api/v1/auth/me/", "application/json",
                ("{\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_export_holds_my_profile_complaints_updates_and_notifications_and_nobody_elses() {
        var me = citizen();
        var other = citizen();
        var mine = file(me);
        file(other, Map.of("title", "অন্য কারও অভিযোগ"));
        api.as(me.accessToken()).post("/api/v1/complaints/" + mine.get("id").asString() + "/updates/", Map.of("comment", "আরও তথ্য"));

        var alert = api.as(me.accessToken()).post("/api/v1/alerts/", Map.of("city_corporation", "DSCC", "ward_number", "12",
                "categories", java.util.List.of("roads"), "new_complaints", true));
        assertThat(alert.status()).as(alert.toString()).isEqualTo(201);

        var export = api.as(me.accessToken()).get("/api/v1/auth/me/export/");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.json().get("alert_subscriptions").get(0).get("categories").asString()).isEqualTo("roads");
        assertThat(export.header("Content-Disposition")).contains("attachment");
        var body = export.json();
        assertThat(body.get("profile").get("phone").asString()).isEqualTo(me.phone());
        assertThat(body.get("complaints").size()).isEqualTo(1);
        assertThat(body.get("complaints").get(0).get("tracking_number").asString()).isEqualTo(mine.get("tracking_number").asString());
        assertThat(body.get("updates").get(0).get("comment").asString()).isEqualTo("আরও তথ্য");
        for (var section : java.util.List.of("payments", "donations", "chat_messages", "notifications", "emergencies")) {
            assertThat(body.get(section).isArray()).as(section).isTrue();
        }
        assertThat(export.text()).doesNotContain("অন্য কারও অভিযোগ").doesNotContain(other.phone());
        assertThat(api.get("/api/v1/auth/me/export/").status()).isEqualTo(401);
    }

    @Test
    void deleting_needs_the_password_and_another_citizens_token_deletes_only_its_own_account() {
        var me = citizen();
        var other = citizen();

        var wrong = api.as(me.accessToken()).with("Accept-Language", "en").raw("DELETE", "/api/v1/auth/me/", "application/json",
                "{\"password\":\"guess\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get("password").get(0).asString()).isEqualTo("The password is not correct.");
        // the other citizen's own password does not delete me either: the route has no id, only "me"
        assertThat(deleteAccount(other, PASSWORD).status()).isEqualTo(204);
        assertThat(api.as(me.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT erased_at IS NULL FROM users WHERE id = :id").param("id", me.id()).query(Boolean.class).single()).isTrue();
        // staff leave through a super admin, so their actions stay attributable
        var admin = staff("admin", "DSCC", "12");
        assertThat(deleteAccount(admin, PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void a_deleted_account_leaves_no_personal_field_and_its_complaints_show_a_citizen_of_the_ward() {
        var me = citizen("DSCC", "12");
        var admin = staff("admin", "DSCC", "12");
        var complaint = file(me);
        var id = complaint.get("id").asString();
        jdbc.sql("UPDATE users SET email = 'me@example.com', nid = '1234567890', address = 'বাড়ি ৫', profile_picture_url = '/media/avatars/x.jpg' WHERE id = :id")
                .param("id", me.id()).update();

        var formerName = api.as(me.accessToken()).get("/api/v1/auth/me/").json().get("name").asString();
        var deleted = deleteAccount(me, PASSWORD);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        var row = jdbc.sql("SELECT phone, name, email, nid, address, profile_picture_url, is_active, erased_at FROM users WHERE id = :id")
                .param("id", me.id()).query().singleRow();
        assertThat(row.get("phone").toString()).doesNotContain(me.phone().substring(4)).startsWith("erased-");
        assertThat(row.get("name")).isEqualTo("ওয়ার্ড ১২-এর একজন নাগরিক");
        assertThat(row.get("email")).isNull();
        assertThat(row.get("nid")).isNull();
        assertThat(row.get("address")).isNull();
        assertThat(row.get("profile_picture_url")).isNull();
        assertThat(row.get("is_active")).isEqualTo(false);
        assertThat(row.get("erased_at")).isNotNull();
        // no row anywhere still carries the old phone number
        assertThat(jdbc.sql("SELECT count(*) FROM otp_verifications WHERE phone = :p").param("p", me.phone()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE phone_number = :p").param("p", me.phone()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :id").param("id", me.id()).query(Long.class).single()).isZero();
        assertThat(columnsHolding(me.phone())).isEmpty();
        assertThat(columnsHolding(formerName)).isEmpty();

        // signed out everywhere: the access token and the refresh token are dead, the password no longer works
        assertThat(api.as(me.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh/", Map.of("refresh_token", me.refreshToken())).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login/", Map.of("phone", me.phone(), "password", PASSWORD)).status()).isIn(400, 401);

        // the complaint stays, anonymised, for staff and the public
        var seen = api.as(admin.accessToken()).get("/api/v1/complaints/" + id + "/");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("user").get("name").asString()).isEqualTo("ওয়ার্ড ১২-এর একজন নাগরিক");
        assertThat(seen.json().get("user").get("phone").isNull()).isTrue();
        var tracked = api.with("Accept-Language", "en").get("/api/v1/complaints/track/" + complaint.get("tracking_number").asString() + "/");
        assertThat(tracked.json().get("reported_by").asString()).isEqualTo("a citizen of ward 12");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isEqualTo(1);

        // the ward still works on it, but nobody is texted at the placeholder number
        assertThat(api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", "in_progress"))
                .status()).isEqualTo(201);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
        assertThat(sms.sent()).noneSatisfy(sent -> assertThat(sent.phone()).startsWith("erased-"));
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :id").param("id", me.id()).query(Long.class).single()).isZero();
    }

    /** Every text column of every table that still holds the value anywhere in it: the scan for leftovers. */
    private java.util.List<String> columnsHolding(String value) {
        var columns = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                 WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        var holding = new java.util.ArrayList<String>();
        for (var column : columns) {
            long rows = jdbc.sql("SELECT count(*) FROM \"" + column[0] + "\" WHERE CAST(\"" + column[1] + "\" AS text) LIKE :v")
                    .param("v", "%" + value + "%").query(Long.class).single();
            if (rows > 0) {
                holding.add(column[0] + "." + column[1]);
            }
        }
        return holding;
    }

    @Test
    void a_citizen_shows_or_hides_their_name_on_public_tracking_and_open311() {
        var me = citizen("DSCC", "12");
        var other = citizen();
        var complaint = file(me);
        var path = "/api/v1/complaints/" + complaint.get("id").asString() + "/";
        var tracking = "/api/v1/complaints/track/" + complaint.get("tracking_number").asString() + "/";
        var name = api.as(me.accessToken()).get("/api/v1/auth/me/").json().get("name").asString();

        assertThat(complaint.get("hide_name").asBoolean()).isTrue();
        assertThat(api.get(tracking).json().get("reported_by").asString()).isEqualTo("ওয়ার্ড ১২-এর একজন নাগরিক");
        assertThat(api.get(tracking).text()).doesNotContain(name);

        assertThat(api.as(other.accessToken()).raw("PATCH", path, "application/json", "{\"hide_name\":false}".getBytes()).status())
                .isEqualTo(404);
        var shown = api.as(me.accessToken()).raw("PATCH", path, "application/json", "{\"is_anonymous\":false}".getBytes());
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(api.get(tracking).json().get("reported_by").asString()).isEqualTo(name);
        var open311 = api.get("/open311/v2/requests.json?service_request_id=" + complaint.get("tracking_number").asString());
        assertThat(open311.status()).as(open311.toString()).isEqualTo(200);
        assertThat(open311.json().get(0).get("reported_by").asString()).isEqualTo(name);

        api.as(me.accessToken()).raw("PATCH", path, "application/json", "{\"hide_name\":true}".getBytes());
        assertThat(api.get(tracking).text()).doesNotContain(name);
        assertThat(api.get("/open311/v2/requests.json?service_request_id=" + complaint.get("tracking_number").asString()).text())
                .doesNotContain(name).contains("ওয়ার্ড ১২-এর একজন নাগরিক");
    }
}
