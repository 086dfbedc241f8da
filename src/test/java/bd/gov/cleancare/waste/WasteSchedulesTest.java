package bd.gov.cleancare.waste;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.Http;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Collection schedules: a citizen sees when waste is collected in their area; ward staff keep them. */
class WasteSchedulesTest extends WasteFixtures {

    static final Instant TUESDAY_NOON = Instant.parse("2026-03-10T06:00:00Z");  // 12:00 in Dhaka

    @Test
    void a_citizen_sees_the_rounds_of_their_own_ward_with_the_next_collection_from_the_clock() {
        clock.set(TUESDAY_NOON);
        var admin = wasteAdmin("DSCC", "12", "13");
        var citizen = citizen("DSCC", "12");
        schedule(admin, Map.of("days_of_week", List.of("saturday", 1, "বুধবার"), "starts_at", "7:00", "ends_at", "09:00"));
        schedule(admin, Map.of("area", "কলাবাগান", "area_en", "Kalabagan", "days_of_week", List.of("tue"), "starts_at", "10:00",
                "ends_at", "13:00", "waste_type", "recyclable"));
        schedule(admin, Map.of("ward_number", "13", "area", "নিউ মার্কেট"));

        var mine = get(citizen, "/api/v1/waste/schedules/");

        assertThat(mine.get("count").asInt()).isEqualTo(2);
        var kalabagan = mine.get("results").get(0);
        assertThat(kalabagan.get("area_en").asString()).isEqualTo("Kalabagan");
        assertThat(kalabagan.get("collecting_now").asBoolean()).isTrue();
        assertThat(kalabagan.get("next_collection_end").asString()).isEqualTo("2026-03-10T13:00:00+06:00");
        assertThat(kalabagan.get("waste_type").asString()).isEqualTo("পুনর্ব্যবহারযোগ্য বর্জ্য");
        assertThat(kalabagan.get("waste_type_code").asString()).isEqualTo("recyclable");
        var dhanmondi = mine.get("results").get(1);
        assertThat(dhanmondi.get("days_of_week_codes").valueStream().map(JsonNode::asString)).containsExactly("saturday", "monday", "wednesday");
        assertThat(dhanmondi.get("days_of_week").get(0).asString()).isEqualTo("শনিবার");
        assertThat(dhanmondi.get("starts_at").asString()).startsWith("07:00");
        assertThat(dhanmondi.get("next_collection_start").asString()).isEqualTo("2026-03-11T07:00:00+06:00");
        assertThat(dhanmondi.get("collecting_now").asBoolean()).isFalse();

        assertThat(get(citizen, "/api/v1/waste/schedules/?ward=13").get("results").get(0).get("area").asString()).isEqualTo("নিউ মার্কেট");
        assertThat(get(citizen, "/api/v1/waste/schedules/?area=kala").get("count").asInt()).isEqualTo(1);
        assertThat(get(citizen, "/api/v1/waste/schedules/?waste_type=household").get("count").asInt()).isEqualTo(1);
        assertThat(get(admin, "/api/v1/waste/schedules/").get("count").asInt()).isEqualTo(3);
        clock.set(Instant.parse("2026-03-11T04:00:00Z"));  // Wednesday 10:00: Saturday is next
        assertThat(get(citizen, "/api/v1/waste/schedules/?area=dhanmondi").get("results").get(0).get("next_collection_start").asString())
                .isEqualTo("2026-03-14T07:00:00+06:00");
    }

    @Test
    void a_night_round_runs_past_midnight() {
        clock.set(Instant.parse("2026-03-07T19:00:00Z"));  // Sunday 01:00 in Dhaka
        var admin = wasteAdmin("DSCC", "12");
        var id = schedule(admin, Map.of("days_of_week", List.of("শনি"), "starts_at", "22:00", "ends_at", "02:00", "waste_type", "mixed"));

        var round = get(citizen(), "/api/v1/waste/schedules/" + id + "/");

        assertThat(round.get("collecting_now").asBoolean()).isTrue();
        assertThat(round.get("next_collection_start").asString()).isEqualTo("2026-03-07T22:00:00+06:00");
        assertThat(round.get("next_collection_end").asString()).isEqualTo("2026-03-08T02:00:00+06:00");
    }

    @Test
    void ward_staff_keep_their_wards_rounds_and_paused_rounds_are_hidden_from_citizens() {
        clock.set(TUESDAY_NOON);
        var admin12 = wasteAdmin("DSCC", "12");
        var admin13 = wasteAdmin("DSCC", "13");
        var citizen = citizen("DSCC", "12");
        assertProblem(create(citizen, Map.of()), 403, null);
        assertProblem(create(admin13, Map.of()), 403, null);
        assertProblem(create(staff("admin", "DSCC", "12"), Map.of()), 403, null);
        var id = schedule(admin12, Map.of());
        var path = "/api/v1/waste/schedules/" + id + "/";
        assertProblem(api.as(admin13.accessToken()).put(path, Map.of("starts_at", "08:00")), 403, null);
        assertProblem(api.as(citizen.accessToken()).delete(path), 403, null);

        var paused = api.as(admin12.accessToken()).put(path, Map.of("is_active", false, "notes", "ঈদের ছুটিতে বন্ধ"));
        assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
        assertThat(paused.json().get("is_active").asBoolean()).isFalse();
        assertThat(paused.json().get("next_collection_start").isNull()).isTrue();
        assertThat(paused.json().get("area").asString()).isEqualTo("ধানমন্ডি ১৫");
        assertThat(get(citizen, "/api/v1/waste/schedules/").get("count").asInt()).isZero();
        assertProblem(api.as(citizen.accessToken()).get(path), 404, null);
        assertThat(get(admin12, "/api/v1/waste/schedules/").get("count").asInt()).isEqualTo(1);

        assertThat(api.as(admin12.accessToken()).delete(path).status()).isEqualTo(204);
        assertProblem(api.as(admin12.accessToken()).get(path), 404, null);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE resource_id = CAST(:id AS uuid)").param("id", id)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_bad_schedule_is_a_400_naming_the_field() {
        var admin = wasteAdmin("DSCC", "12");

        assertProblem(create(admin, Map.of("days_of_week", List.of("funday"))), 400, "days_of_week");
        assertProblem(create(admin, Map.of("days_of_week", List.of())), 400, "days_of_week");
        assertProblem(create(admin, Map.of("days_of_week", "monday")), 400, "days_of_week");
        assertProblem(create(admin, Map.of("starts_at", "7pm")), 400, "starts_at");
        assertProblem(create(admin, Map.of("starts_at", "09:00", "ends_at", "09:00")), 400, "ends_at");
        assertProblem(create(admin, Map.of("waste_type", "nuclear")), 400, "waste_type");
        assertProblem(create(admin, Map.of("area", "")), 400, "area");
        assertProblem(create(admin, Map.of("ward_number", "০")), 400, "ward_number");
        assertProblem(create(admin, Map.of("is_active", "maybe")), 400, "is_active");
        assertProblem(api.as(admin.accessToken()).get("/api/v1/waste/schedules/?ward_number=999"), 400, "ward_number");
        assertProblem(api.as(admin.accessToken()).get("/api/v1/waste/schedules/?waste_type=gold"), 400, "waste_type");
        assertThat(jdbc.sql("SELECT count(*) FROM collection_schedules").query(Long.class).single()).isZero();
    }

    private Http.Response create(Account who, Map<String, Object> overrides) {
        var body = new HashMap<String, Object>(Map.of("city_corporation", "DSCC", "ward_number", "12", "area", "ধানমন্ডি ১৫",
                "area_en", "Dhanmondi 15", "days_of_week", List.of(6, 1, 3), "starts_at", "07:00", "ends_at", "09:00",
                "waste_type", "household"));
        body.putAll(overrides);
        return api.as(who.accessToken()).post("/api/v1/waste/schedules/", body);
    }

    private String schedule(Account who, Map<String, Object> overrides) {
        var response = create(who, overrides);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
