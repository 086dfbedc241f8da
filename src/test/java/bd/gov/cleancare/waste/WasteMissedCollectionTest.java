package bd.gov.cleancare.waste;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A round that did not come becomes a waste_management complaint in the schedule's ward, linked to the schedule. */
class WasteMissedCollectionTest extends WasteFixtures {

    static final Instant MONDAY_8AM = Instant.parse("2026-03-09T02:00:00Z");
    static final Instant TUESDAY_NOON = Instant.parse("2026-03-10T06:00:00Z");

    Account admin;
    String mondays;

    @BeforeEach
    void aRoundOnMondaysAndWednesdaysSinceMondayMorning() {
        clock.set(MONDAY_8AM);
        admin = wasteAdmin("DSCC", "13");
        mondays = schedule(Map.of());
        clock.set(TUESDAY_NOON);
        admin = login(admin.phone(), PASSWORD);  // yesterday's sign-in has expired
    }

    @Test
    void a_missed_round_becomes_a_waste_management_complaint_in_the_schedules_ward_linked_to_it() {
        var citizen = citizen("DSCC", "12");

        var reported = api.as(citizen.accessToken()).post("/api/v1/waste/schedules/" + mondays + "/missed/",
                Map.of("description", "সকাল থেকে কেউ আসেনি, রাস্তায় ময়লা জমে আছে।"));

        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        var body = reported.json();
        assertThat(body.get("schedule_id").asString()).isEqualTo(mondays);
        assertThat(body.get("collection_date").asString()).isEqualTo("2026-03-09");
        assertThat(body.get("window_start").asString()).isEqualTo("2026-03-09T07:00:00+06:00");
        var number = body.get("tracking_number").asString();
        assertThat(number).startsWith("CC");
        var complaint = body.get("complaint");
        assertThat(complaint.get("category_code").asString()).isEqualTo("waste_management");
        assertThat(complaint.get("ward_number").asString()).isEqualTo("13");
        assertThat(complaint.get("title").asString()).isEqualTo("বর্জ্য সংগ্রহ হয়নি: নিউ মার্কেট");
        assertThat(complaint.get("description").asString()).contains("2026-03-09", "07:00", "সকাল থেকে কেউ আসেনি");
        assertThat(complaint.get("location").asString()).isEqualTo("নিউ মার্কেট");

        var mine = get(citizen, "/api/v1/complaints/").get("results");
        assertThat(mine.valueStream().map(c -> c.get("tracking_number").asString())).containsExactly(number);
        assertThat(get(admin, "/api/v1/complaints/?category=waste_management").get("count").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM missed_collections m JOIN complaints c ON c.id = m.complaint_id
                 WHERE m.schedule_id = CAST(:schedule AS uuid) AND c.tracking_number = :number AND m.reported_by = :citizen""")
                .param("schedule", mondays).param("number", number).param("citizen", citizen.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_citizen_reports_a_missed_collection_once_and_a_neighbour_may_report_it_too() {
        var citizen = citizen("DSCC", "13");
        var neighbour = citizen("DSCC", "13");
        var path = "/api/v1/waste/schedules/" + mondays + "/missed/";
        assertThat(api.as(citizen.accessToken()).post(path, Map.of()).status()).isEqualTo(201);

        var again = api.as(citizen.accessToken()).with("Accept-Language", "en").post(path, Map.of("description", "Still nothing"));

        assertProblem(again, 409, null);
        assertThat(again.json().get("error").asString()).isEqualTo("You have already reported the collection of 2026-03-09.");
        var english = api.as(neighbour.accessToken()).with("Accept-Language", "en").post(path, "");
        assertThat(english.status()).as(english.toString()).isEqualTo(201);
        assertThat(english.json().get("complaint").get("title").asString()).isEqualTo("Waste not collected: New Market");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_round_under_way_or_not_yet_due_cannot_be_reported_missed() {
        var citizen = citizen("DSCC", "13");
        var tuesdays = schedule(Map.of("days_of_week", List.of("tuesday"), "starts_at", "10:00", "ends_at", "13:00"));
        var wednesdays = schedule(Map.of("days_of_week", List.of("wednesday")));

        var english = api.as(citizen.accessToken()).with("Accept-Language", "en");
        var underWay = english.post("/api/v1/waste/schedules/" + tuesdays + "/missed/", Map.of());
        var notDue = english.post("/api/v1/waste/schedules/" + wednesdays + "/missed/", Map.of());

        assertProblem(underWay, 409, null);
        assertThat(underWay.json().get("error").asString()).contains("13:00");
        assertProblem(notDue, 409, null);
        assertThat(notDue.json().get("error").asString()).contains("2026-03-11 07:00");
        assertProblem(english.post("/api/v1/waste/schedules/" + UUID.randomUUID() + "/missed/", Map.of()), 404, null);
        assertProblem(english.post("/api/v1/waste/schedules/" + mondays + "/missed/", Map.of("latitude", 23.7)), 400, "longitude");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isZero();
    }

    private String schedule(Map<String, Object> overrides) {
        var body = new HashMap<String, Object>(Map.of("ward_number", "13", "area", "নিউ মার্কেট", "area_en", "New Market",
                "days_of_week", List.of("monday", "wednesday"), "starts_at", "07:00", "ends_at", "09:00"));
        body.putAll(overrides);
        var response = api.as(admin.accessToken()).post("/api/v1/waste/schedules/", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
