package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintFilingTest extends ApiTest {

    @Test
    void a_citizen_files_a_complaint_and_gets_its_tracking_number_in_the_answer_by_sms_and_in_the_app() {
        var citizen = citizen();

        var complaint = file(citizen, Map.of("category", "waste_management", "priority", "high",
                "latitude", "23.8068", "longitude", "90.3687"));

        var number = complaint.get("tracking_number").asString();
        assertThat(number).matches("CC\\d{8}\\d{4,}");
        assertThat(complaint.get("category").asString()).isEqualTo("বর্জ্য ব্যবস্থাপনা");
        assertThat(complaint.get("category_code").asString()).isEqualTo("waste_management");
        assertThat(complaint.get("priority").asString()).isEqualTo("উচ্চ");
        assertThat(complaint.get("priority_code").asString()).isEqualTo("high");
        assertThat(complaint.get("status").asString()).isEqualTo("জমা দেওয়া হয়েছে");
        assertThat(complaint.get("status_code").asString()).isEqualTo("submitted");
        assertThat(complaint.get("ward_number").asString()).isEqualTo("12");
        assertThat(complaint.get("city_corporation").asString()).isEqualTo("DSCC");
        assertThat(complaint.get("latitude").decimalValue()).isEqualByComparingTo("23.8068");
        assertThat(complaint.get("user_id").asString()).isEqualTo(citizen.id().toString());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(sms.sent()).anySatisfy(sent -> assertThat(sent.text()).contains(number)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var inbox = api.as(citizen.accessToken()).get("/api/v1/notifications/").json();
            assertThat(inbox.get("count").asInt()).isEqualTo(1);
            assertThat(inbox.get("results").get(0).get("body").asString()).contains(number);
        });
    }

    @Test
    void bengali_values_are_accepted_in_either_unicode_form() {
        var citizen = citizen();

        var composed = file(citizen, Map.of("category", "পানি সরবরাহ", "priority", "নিম্ন"));
        var precomposedYa = file(citizen, Map.of("category", "অন্যান্য", "priority", "মধ্যম", "title", "পানি\u09DF"));

        assertThat(composed.get("category_code").asString()).isEqualTo("water_supply");
        assertThat(composed.get("priority_code").asString()).isEqualTo("low");
        assertThat(precomposedYa.get("category_code").asString()).isEqualTo("other");
    }

    @Test
    void the_ward_defaults_to_the_citizens_own() {
        var citizen = citizen("DNCC", "33");

        var complaint = api.as(citizen.accessToken()).post("/api/v1/complaints/", Map.of("title", "গর্ত", "description", "বড় গর্ত",
                "category", "roads", "priority", "high", "location", "উত্তরা")).json();

        assertThat(complaint.get("ward_number").asString()).isEqualTo("33");
        assertThat(complaint.get("city_corporation").asString()).isEqualTo("DNCC");
    }

    @Test
    void bad_fields_are_named_in_the_problem() {
        var as = api.as(citizen().accessToken()).with("Accept-Language", "en");
        var valid = Map.<String, Object>of("title", "t", "description", "d", "category", "roads", "priority", "high", "location", "l");

        assertThat(fieldError(as.post("/api/v1/complaints/", with(valid, "title", ""))).has("title")).isTrue();
        assertThat(fieldError(as.post("/api/v1/complaints/", with(valid, "title", "x".repeat(201)))).has("title")).isTrue();
        assertThat(fieldError(as.post("/api/v1/complaints/", with(valid, "category", "potholes"))).has("category")).isTrue();
        assertThat(fieldError(as.post("/api/v1/complaints/", with(valid, "priority", "urgent"))).has("priority")).isTrue();
        assertThat(fieldError(as.post("/api/v1/complaints/", with(valid, "location", " "))).has("location")).isTrue();
        assertThat(fieldError(as.post("/api/v1/complaints/", with(with(valid, "latitude", 51.5), "longitude", -0.12))).has("latitude")).isTrue();
        assertThat(fieldError(as.post("/api/v1/complaints/", with(valid, "latitude", 23.8))).has("longitude")).isTrue();
        assertThat(fieldError(as.post("/api/v1/complaints/", with(with(valid, "ward_number", "80"), "city_corporation", "DSCC"))).has("ward_number")).isTrue();
        assertThat(fieldError(as.post("/api/v1/complaints/", with(valid, "latitude", "north"))).has("latitude")).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isZero();
    }

    @Test
    void filing_needs_a_signed_in_user_and_is_limited_per_hour() {
        assertThat(api.post("/api/v1/complaints/", Map.of("title", "t")).status()).isEqualTo(401);

        var citizen = citizen();
        for (int i = 0; i < 20; i++) {
            file(citizen);
        }
        var tooMany = api.as(citizen.accessToken()).post("/api/v1/complaints/", Map.of("title", "t", "description", "d",
                "category", "roads", "priority", "high", "location", "l"));
        assertThat(tooMany.status()).isEqualTo(429);
        assertThat(tooMany.header("Retry-After")).isNotBlank();
    }

    private static tools.jackson.databind.JsonNode fieldError(bd.gov.cleancare.support.Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("errors");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        var copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
