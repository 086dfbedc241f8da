package bd.gov.cleancare.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Emergency requests: raised in one call, heard at once by the ward office and super admins, answered and counted. */
class EmergencyTest extends ApiTest {

    @Test
    void a_new_emergency_reaches_the_ward_office_and_super_admins_at_once_and_the_on_duty_phone_by_sms() throws Exception {
        var superAdmin = staff("super_admin", "DSCC");
        var wardAdmin = staff("admin", "DSCC", "12");
        var otherWardAdmin = staff("admin", "DSCC", "13");
        var duty = api.as(superAdmin.accessToken()).put("/api/v1/emergency/on-duty-phones/",
                Map.of("city_corporation", "DSCC", "ward_number", "১২", "on_duty_phone", "০১৭১১-০০০০০০"));
        assertThat(duty.status()).as(duty.toString()).isEqualTo(200);
        assertThat(duty.json().get("on_duty_phone").asString()).isEqualTo("+8801711000000");
        var citizen = citizen("DSCC", "12");

        try (var office = connect("/ws/notifications/", wardAdmin); var city = connect("/ws/notifications/", superAdmin);
             var elsewhere = connect("/ws/notifications/", otherWardAdmin)) {
            var raised = raise(citizen, Map.of("emergency_type", "অগ্নিকাণ্ড", "latitude", 23.8103, "longitude", 90.4125));
            var id = raised.get("id").asString();

            assertThat(raised.get("emergency_type").asString()).isEqualTo("অগ্নিকাণ্ড");
            assertThat(raised.get("emergency_type_code").asString()).isEqualTo("fire");
            assertThat(raised.get("status").asString()).isEqualTo("জমা দেওয়া হয়েছে");
            assertThat(raised.get("status_code").asString()).isEqualTo("submitted");
            assertThat(raised.get("ward_number").asString()).isEqualTo("12");
            assertThat(raised.get("responded_at").isNull()).isTrue();
            for (var socket : new bd.gov.cleancare.support.LiveSocket[] {office, city}) {
                var alert = socket.next(frame -> frame.has("notification")).get("notification");
                assertThat(alert.get("kind").asString()).isEqualTo("emergency_raised");
                assertThat(alert.get("resource_id").asString()).isEqualTo(id);
                assertThat(alert.get("title").asString()).contains("অগ্নিকাণ্ড");
            }
            assertThat(elsewhere.countWithin(Duration.ofMillis(500), frame -> frame.has("notification"))).isZero();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sms.sent().stream().anyMatch(sent ->
                sent.phone().equals("+8801711000000") && sent.text().contains("অগ্নিকাণ্ড")));
    }

    @Test
    void english_codes_are_accepted_and_bad_requests_are_explained() {
        var citizen = citizen();
        assertThat(raise(citizen, Map.of("emergency_type", "medical")).get("emergency_type").asString()).isEqualTo("চিকিৎসা জরুরি");

        var unknown = api.as(citizen.accessToken()).with("Accept-Language", "en").post("/api/v1/emergency/", body(Map.of("emergency_type", "alien")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.toString()).contains("emergency_type");
        assertThat(api.as(citizen.accessToken()).post("/api/v1/emergency/", body(Map.of("location", " "))).status()).isEqualTo(400);
        assertThat(api.as(citizen.accessToken()).post("/api/v1/emergency/", body(Map.of("latitude", 23.8))).status()).isEqualTo(400);
        assertThat(api.as(citizen.accessToken()).post("/api/v1/emergency/", body(Map.of("ward_number", "999"))).status()).isEqualTo(400);
        assertThat(api.as(citizen.accessToken()).post("/api/v1/emergency/", "{\"emergency_type\": ").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/emergency/", body(Map.of())).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM emergency_requests").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void each_sees_only_what_is_theirs_to_see_with_open_requests_on_top() {
        var citizen = citizen();
        var neighbour = citizen();
        var wardAdmin = staff("admin", "DSCC", "12");
        var otherWardAdmin = staff("admin", "DSCC", "13");
        var first = raise(citizen, Map.of()).get("id").asString();
        clock.advance(Duration.ofMinutes(5));
        var second = raise(citizen, Map.of("emergency_type", "police")).get("id").asString();
        api.as(wardAdmin.accessToken()).put("/api/v1/emergency/" + second + "/status/", Map.of("status", "resolved"));

        var officeList = api.as(wardAdmin.accessToken()).get("/api/v1/emergency/").json();
        assertThat(officeList.get("count").asInt()).isEqualTo(2);
        assertThat(officeList.get("results").get(0).get("id").asString()).isEqualTo(first);
        assertThat(api.as(wardAdmin.accessToken()).get("/api/v1/emergency/?status=resolved").json().get("count").asInt()).isEqualTo(1);
        assertThat(api.as(citizen.accessToken()).get("/api/v1/emergency/").json().get("count").asInt()).isEqualTo(2);
        assertThat(api.as(neighbour.accessToken()).get("/api/v1/emergency/").json().get("count").asInt()).isZero();
        assertThat(api.as(otherWardAdmin.accessToken()).get("/api/v1/emergency/").json().get("count").asInt()).isZero();
        assertThat(api.as(neighbour.accessToken()).get("/api/v1/emergency/" + first + "/").status()).isEqualTo(404);
        assertThat(api.as(otherWardAdmin.accessToken()).get("/api/v1/emergency/" + first + "/").status()).isEqualTo(404);
        assertThat(api.as(citizen.accessToken()).get("/api/v1/emergency/" + first + "/").json().get("reporter_phone").asString())
                .isEqualTo(citizen.phone());
        assertThat(api.as(citizen.accessToken()).get("/api/v1/emergency/?status=lost").status()).isEqualTo(400);
    }

    @Test
    void the_first_response_sets_responded_at_and_only_the_ward_office_responds() {
        var citizen = citizen();
        var wardAdmin = staff("admin", "DSCC", "12");
        var colleague = staff("admin", "DSCC", "12");
        var otherWardAdmin = staff("admin", "DSCC", "13");
        var id = raise(citizen, Map.of()).get("id").asString();
        var path = "/api/v1/emergency/" + id + "/status/";
        assertThat(api.as(citizen.accessToken()).put(path, Map.of("status", "resolved")).status()).isEqualTo(403);
        assertThat(api.as(otherWardAdmin.accessToken()).put(path, Map.of("status", "in_progress")).status()).isEqualTo(404);

        clock.advance(Duration.ofMinutes(7));
        var responded = api.as(wardAdmin.accessToken()).put(path, Map.of("status", "প্রক্রিয়াধীন", "note", "দমকল রওনা হয়েছে",
                "assigned_to", colleague.id().toString()));
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
        assertThat(responded.json().get("status_code").asString()).isEqualTo("in_progress");
        var respondedAt = responded.json().get("responded_at").asString();
        assertThat(respondedAt).isNotBlank();

        clock.advance(Duration.ofMinutes(30));
        var resolved = api.as(colleague.accessToken()).put(path, Map.of("status", "resolved"));
        assertThat(resolved.json().get("responded_at").asString()).isEqualTo(respondedAt);
        var reopened = api.as(wardAdmin.accessToken()).with("Accept-Language", "en").put(path, Map.of("status", "in_progress"));
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(api.as(wardAdmin.accessToken()).put(path, Map.of("assigned_to", otherWardAdmin.id().toString())).status()).isIn(400, 409);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM notifications WHERE user_id = :id AND kind = 'emergency_assigned'").param("id", colleague.id())
                .query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM emergency_updates WHERE emergency_id = CAST(:id AS uuid)").param("id", id)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void only_super_admins_set_on_duty_numbers() {
        var wardAdmin = staff("admin", "DSCC", "12");
        var superAdmin = staff("super_admin", "DSCC");
        var form = Map.of("city_corporation", "DSCC", "ward_number", "12", "on_duty_phone", "01711000000");
        assertThat(api.as(wardAdmin.accessToken()).put("/api/v1/emergency/on-duty-phones/", form).status()).isEqualTo(403);
        assertThat(api.as(superAdmin.accessToken()).put("/api/v1/emergency/on-duty-phones/",
                Map.of("city_corporation", "DSCC", "ward_number", "12", "on_duty_phone", "12345")).status()).isEqualTo(400);
        assertThat(api.as(superAdmin.accessToken()).put("/api/v1/emergency/on-duty-phones/",
                Map.of("city_corporation", "DSCC", "ward_number", "999", "on_duty_phone", "01711000000")).status()).isEqualTo(400);
    }

    @Test
    void the_dashboard_counts_open_emergencies_and_the_time_to_first_response() {
        var citizen = citizen();
        var wardAdmin = staff("admin", "DSCC", "12");
        var superAdmin = staff("super_admin", "DSCC");
        var neighbourInWard13 = citizen("DSCC", "13");
        var answered = raise(citizen, Map.of()).get("id").asString();
        raise(citizen, Map.of());
        raise(neighbourInWard13, Map.of());
        clock.advance(Duration.ofMinutes(12));
        api.as(wardAdmin.accessToken()).put("/api/v1/emergency/" + answered + "/status/", Map.of("status", "resolved"));

        var city = api.as(superAdmin.accessToken()).get("/api/v1/dashboard/kpi/").json().get("emergency_stats");
        assertThat(city.get("open").asInt()).isEqualTo(2);
        assertThat(city.get("raised").asInt()).isEqualTo(3);
        assertThat(city.get("responded").asInt()).isEqualTo(1);
        assertThat(city.get("avg_response_minutes").decimalValue()).isEqualByComparingTo("12.0");
        var ward = api.as(wardAdmin.accessToken()).get("/api/v1/dashboard/kpi/").json().get("emergency_stats");
        assertThat(ward.get("open").asInt()).isEqualTo(1);
        assertThat(ward.get("raised").asInt()).isEqualTo(2);
    }

    private JsonNode raise(Account who, Map<String, Object> overrides) {
        var response = api.as(who.accessToken()).post("/api/v1/emergency/", body(overrides));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static Map<String, Object> body(Map<String, Object> overrides) {
        var body = new HashMap<String, Object>(Map.of("emergency_type", "fire", "description", "রান্নাঘরে আগুন, ধোঁয়া বের হচ্ছে",
                "location", "মিরপুর ১০, রোড ৫, বাড়ি ১২"));
        body.putAll(overrides);
        return body;
    }
}
