package bd.gov.cleancare.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The city calendar as JSON: who sees which entries, Dhaka's days, and who may write them. */
class CalendarTest extends ApiTest {

    static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");  // noon in Dhaka

    @Autowired
    CityCalendar calendar;

    Account superAdmin;

    @BeforeEach
    void aSuperAdmin() {
        clock.set(NOW);
        superAdmin = staff("super_admin", null);
    }

    @Test
    void a_ward_entry_is_seen_in_that_ward_only_while_city_wide_entries_reach_every_ward() {
        var national = add(superAdmin, entry("বিজয় দিবস", "holiday", "2026-12-16", Map.of("all_day", true))).get("id").asString();
        var southWide = add(superAdmin, entry("পরিচ্ছন্নতা সপ্তাহ", "campaign", "2026-12-05T09:00:00", Map.of("city_corporation", "DSCC")))
                .get("id").asString();
        var ward12 = add(superAdmin, entry("বর্জ্য সংগ্রহ", "collection_day", "2026-12-06T07:00:00+06:00",
                Map.of("city_corporation", "DSCC", "target_wards", List.of("12")))).get("id").asString();
        var north12 = add(superAdmin, entry("উত্তরের সভা", "meeting", "2026-12-07T10:00:00", Map.of("city_corporation", "DNCC",
                "target_wards", List.of("12")))).get("id").asString();

        assertThat(ids(api.get("/api/v1/calendar/events/?city_corporation=DSCC&ward=12"))).containsExactly(southWide, ward12, national);
        assertThat(ids(api.get("/api/v1/calendar/events/?city_corporation=dscc&ward=১২"))).containsExactly(southWide, ward12, national);
        assertThat(ids(api.get("/api/v1/calendar/events/?city_corporation=DSCC&ward=13"))).containsExactly(southWide, national);
        assertThat(ids(api.get("/api/v1/calendar/events/?city_corporation=DNCC&ward_number=12"))).containsExactly(north12, national);
        assertThat(ids(api.get("/api/v1/calendar/events"))).as("anonymous, no ward: city-wide only").containsExactly(southWide, national);
        assertThat(ids(api.get("/api/v1/calendar/events/?city_corporation=DNCC"))).containsExactly(national);

        var citizen12 = citizen("DSCC", "12");
        assertThat(ids(api.as(citizen12.accessToken()).get("/api/v1/calendar/events/"))).as("a citizen's own ward by default")
                .containsExactly(southWide, ward12, national);
        assertThat(ids(api.as(superAdmin.accessToken()).get("/api/v1/calendar/events/"))).as("staff see every ward")
                .containsExactly(southWide, ward12, north12, national);

        var shown = api.get("/api/v1/calendar/events/" + ward12 + "/").json();
        assertThat(shown.get("category").asString()).isEqualTo("বর্জ্য সংগ্রহের দিন");
        assertThat(shown.get("category_code").asString()).isEqualTo("collection_day");
        assertThat(shown.get("target_wards").get(0).asString()).isEqualTo("12");
        assertThat(shown.get("starts_at").asString()).isEqualTo("2026-12-06T01:00:00Z");
    }

    @Test
    void unpublished_entries_are_hidden_except_from_the_admins_who_manage_them() {
        var admin12 = calendarAdmin("DSCC", "12");
        var admin13 = calendarAdmin("DSCC", "13");
        var draft = add(admin12, entry("খসড়া সভা", "meeting", "2026-12-10T10:00:00",
                Map.of("city_corporation", "DSCC", "target_wards", List.of("12"), "is_published", false))).get("id").asString();
        var citizen12 = citizen("DSCC", "12");

        assertThat(ids(api.as(citizen12.accessToken()).get("/api/v1/calendar/events/"))).isEmpty();
        assertThat(ids(api.as(citizen12.accessToken()).get("/api/v1/calendar/events/?include_drafts=true"))).isEmpty();
        assertThat(api.as(citizen12.accessToken()).get("/api/v1/calendar/events/" + draft + "/").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/calendar/events/" + draft + "/").status()).isEqualTo(404);
        assertThat(api.as(admin13.accessToken()).get("/api/v1/calendar/events/" + draft + "/").status()).isEqualTo(404);
        assertThat(ids(api.as(admin13.accessToken()).get("/api/v1/calendar/events/?include_drafts=true"))).isEmpty();

        assertThat(api.as(admin12.accessToken()).get("/api/v1/calendar/events/" + draft + "/").json().get("is_published").asBoolean()).isFalse();
        assertThat(ids(api.as(admin12.accessToken()).get("/api/v1/calendar/events/"))).isEmpty();
        assertThat(ids(api.as(admin12.accessToken()).get("/api/v1/calendar/events/?include_drafts=true"))).containsExactly(draft);
        assertThat(ids(api.as(superAdmin.accessToken()).get("/api/v1/calendar/events/?include_drafts=true"))).containsExactly(draft);

        var published = new HashMap<String, Object>(entry("খসড়া সভা", "meeting", "2026-12-10T10:00:00",
                Map.of("city_corporation", "DSCC", "target_wards", List.of("12"))));
        assertThat(api.as(admin12.accessToken()).put("/api/v1/calendar/events/" + draft + "/", published).status()).isEqualTo(200);
        assertThat(ids(api.as(citizen12.accessToken()).get("/api/v1/calendar/events/"))).containsExactly(draft);
    }

    @Test
    void windows_and_all_day_entries_follow_the_days_in_dhaka() {
        var victoryDay = add(superAdmin, entry("বিজয় দিবস", "holiday", "2026-12-16", Map.of("all_day", true)));
        var lateNight = add(superAdmin, entry("রাতের অভিযান", "campaign", "2026-12-16T23:30:00+06:00",
                Map.of("ends_at", "2026-12-16T23:59:00+06:00"))).get("id").asString();
        var threeDays = add(superAdmin, entry("মেলা", "event", "২০২৬-১২-১৮", Map.of("all_day", true, "ends_at", "2026-12-20")));
        var holiday = victoryDay.get("id").asString();
        var fair = threeDays.get("id").asString();

        assertThat(victoryDay.get("starts_at").asString()).isEqualTo("2026-12-15T18:00:00Z");
        assertThat(victoryDay.get("ends_at").asString()).isEqualTo("2026-12-16T18:00:00Z");
        assertThat(victoryDay.get("start_date").asString()).isEqualTo("2026-12-16");
        assertThat(victoryDay.get("end_date").asString()).isEqualTo("2026-12-16");
        assertThat(threeDays.get("start_date").asString()).isEqualTo("2026-12-18");
        assertThat(threeDays.get("end_date").asString()).isEqualTo("2026-12-20");

        assertThat(ids(api.get("/api/v1/calendar/events/?from=2026-12-16&to=2026-12-16"))).containsExactly(holiday, lateNight);
        assertThat(ids(api.get("/api/v1/calendar/events/?from=2026-12-15&to=2026-12-15"))).isEmpty();
        assertThat(ids(api.get("/api/v1/calendar/events/?from=2026-12-17&to=2026-12-18"))).containsExactly(fair);
        assertThat(ids(api.get("/api/v1/calendar/events/?from=2026-12-20&to=2026-12-31"))).containsExactly(fair);
        assertThat(ids(api.get("/api/v1/calendar/events/?from=2026-12-21"))).isEmpty();
        assertThat(ids(api.get("/api/v1/calendar/events/?from=2026-12-16T18:00:00Z&to=2026-12-17"))).as("Dhaka's 17th starts at 18:00 UTC")
                .isEmpty();
        assertThat(ids(api.get("/api/v1/calendar/events/?from=2026-12-16T23:45:00&to=2026-12-17"))).as("a date-time without offset is Dhaka time")
                .containsExactly(holiday, lateNight);
        assertThat(ids(api.get("/api/v1/calendar/events/?from=2026-12-16T23:59:30&to=2026-12-17"))).containsExactly(holiday);
        assertThat(ids(api.get("/api/v1/calendar/events/?from=2026-12-16T23:59:30+06:00&to=2026-12-17"))).as("'+' left unencoded")
                .containsExactly(holiday);
        assertThat(ids(api.get("/api/v1/calendar/events/"))).as("from today, 90 days ahead").containsExactly(holiday, lateNight, fair);

        clock.set(Instant.parse("2026-12-16T17:59:00Z"));  // 23:59 on the 16th in Dhaka
        assertThat(ids(api.get("/api/v1/calendar/events/"))).containsExactly(holiday, lateNight, fair);
        clock.set(Instant.parse("2026-12-16T18:00:00Z"));  // the 17th has begun in Dhaka
        assertThat(ids(api.get("/api/v1/calendar/events/"))).containsExactly(fair);

        clock.set(NOW);
        var firstPage = api.get("/api/v1/calendar/events/?page_size=2").json();
        assertThat(firstPage.get("count").asInt()).isEqualTo(3);
        assertThat(firstPage.get("next").asString()).contains("page=2");
        assertThat(ids(api.get("/api/v1/calendar/events/?page_size=2&page=2"))).containsExactly(fair);
    }

    @Test
    void admins_manage_entries_only_in_their_wards_and_city_wide_entries_are_for_super_admins() {
        var admin12 = calendarAdmin("DSCC", "12");
        var admin13 = calendarAdmin("DSCC", "13");
        var complaintsOnly = staff("admin", "DSCC", "12");
        var citizen12 = citizen("DSCC", "12");
        var forWard12 = entry("ওয়ার্ড সভা", "meeting", "2026-12-10T10:00:00", Map.of("city_corporation", "DSCC", "target_wards", List.of("12")));

        assertThat(api.as(admin13.accessToken()).post("/api/v1/calendar/events/", forWard12).status()).isEqualTo(403);
        assertThat(api.as(complaintsOnly.accessToken()).post("/api/v1/calendar/events/", forWard12).status()).isEqualTo(403);
        assertThat(api.as(citizen12.accessToken()).post("/api/v1/calendar/events/", forWard12).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/calendar/events/", forWard12).status()).isEqualTo(401);
        var cityWide = api.as(admin12.accessToken()).with("Accept-Language", "en")
                .post("/api/v1/calendar/events/", entry("নগর সভা", "meeting", "2026-12-10T10:00:00", Map.of("city_corporation", "DSCC")));
        assertThat(cityWide.status()).isEqualTo(403);
        assertThat(cityWide.contentType()).startsWith("application/problem+json");
        assertThat(cityWide.json().get("code").asString()).isEqualTo("calendar.city-wide.forbidden");
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_events").query(Long.class).single()).isZero();

        var id = add(admin12, forWard12).get("id").asString();
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'calendar.event_created' AND resource_id = :id")
                .param("id", java.util.UUID.fromString(id)).query(Long.class).single()).isEqualTo(1);

        var moved = new HashMap<String, Object>(forWard12);
        moved.put("target_wards", List.of("12", "13"));
        assertThat(api.as(admin12.accessToken()).put("/api/v1/calendar/events/" + id + "/", moved).status()).isEqualTo(403);
        assertThat(api.as(admin13.accessToken()).put("/api/v1/calendar/events/" + id + "/", forWard12).status()).isEqualTo(403);
        assertThat(api.as(admin13.accessToken()).delete("/api/v1/calendar/events/" + id + "/").status()).isEqualTo(403);
        var renamed = new HashMap<String, Object>(forWard12);
        renamed.put("title", "ওয়ার্ড সমন্বয় সভা");
        var changed = api.as(admin12.accessToken()).put("/api/v1/calendar/events/" + id + "/", renamed);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("title").asString()).isEqualTo("ওয়ার্ড সমন্বয় সভা");
        assertThat(api.as(superAdmin.accessToken()).put("/api/v1/calendar/events/" + id + "/", moved).status()).isEqualTo(200);

        assertThat(api.as(admin12.accessToken()).delete("/api/v1/calendar/events/" + id + "/").status()).as("ward 13 is not theirs")
                .isEqualTo(403);
        assertThat(api.as(superAdmin.accessToken()).delete("/api/v1/calendar/events/" + id).status()).isEqualTo(204);
        var cancelled = api.get("/api/v1/calendar/events/" + id + "/").json();
        assertThat(cancelled.get("is_cancelled").asBoolean()).as("kept, so subscribed phones learn of it").isTrue();
        assertThat(api.as(superAdmin.accessToken()).put("/api/v1/calendar/events/" + id + "/", forWard12).status()).isEqualTo(409);

        var draft = add(admin12, entry("খসড়া", "event", "2026-12-11", Map.of("all_day", true, "city_corporation", "DSCC",
                "target_wards", List.of("12"), "is_published", false))).get("id").asString();
        assertThat(api.as(admin12.accessToken()).delete("/api/v1/calendar/events/" + draft + "/").status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_events WHERE id = :id").param("id", java.util.UUID.fromString(draft)).query(Long.class).single())
                .as("a draft no phone has seen is simply removed").isZero();
        assertThat(jdbc.sql("SELECT action FROM activity_logs WHERE action LIKE 'calendar.%' ORDER BY created_at, action").query(String.class).list())
                .contains("calendar.event_created", "calendar.event_updated", "calendar.event_cancelled", "calendar.event_deleted");
    }

    @Test
    void bad_input_is_a_400_problem_naming_the_field_never_a_500() {
        assertProblem(api.get("/api/v1/calendar/events/?from=yesterday"), 400, "from");
        assertProblem(api.get("/api/v1/calendar/events/?from=2026-02-30"), 400, "from");
        assertProblem(api.get("/api/v1/calendar/events/?from=2026-12-10&to=2026-12-01"), 400, "to");
        assertProblem(api.get("/api/v1/calendar/events/?from=2026-01-01&to=2027-01-02"), 400, "to");
        assertProblem(api.get("/api/v1/calendar/events/?ward=999"), 400, "ward_number");
        assertProblem(api.get("/api/v1/calendar/events/?city_corporation=XYZ"), 400, "city_corporation");
        assertProblem(api.get("/api/v1/calendar/events/?category=alien"), 400, "category");
        assertProblem(api.get("/api/v1/calendar/events/?include_drafts=maybe"), 400, "include_drafts");
        assertProblem(api.get("/api/v1/calendar/events/?page=0"), 400, "page");
        assertThat(api.get("/api/v1/calendar/events/?from=2026-01-01&to=2026-12-31").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/calendar/events/not-an-id/").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/calendar/events/00000000-0000-0000-0000-000000000000/").status()).isEqualTo(404);

        var admin = api.as(superAdmin.accessToken()).with("Accept-Language", "en");
        var noTitle = new HashMap<String, Object>(entry(" ", "event", "2026-12-10", Map.of()));
        assertProblem(admin.post("/api/v1/calendar/events/", noTitle), 400, "title");
        assertProblem(admin.post("/api/v1/calendar/events/", entry("সভা", "party", "2026-12-10T10:00", Map.of())), 400, "category");
        assertProblem(admin.post("/api/v1/calendar/events/", entry("সভা", "meeting", "tomorrow", Map.of())), 400, "starts_at");
        assertProblem(admin.post("/api/v1/calendar/events/", entry("সভা", "meeting", "2026-12-10T10:00",
                Map.of("ends_at", "2026-12-10T09:00"))), 400, "ends_at");
        assertProblem(admin.post("/api/v1/calendar/events/", entry("মেলা", "event", "2026-12-10", Map.of("all_day", true,
                "ends_at", "2026-12-09"))), 400, "ends_at");
        assertProblem(admin.post("/api/v1/calendar/events/", entry("মেলা", "event", "2026-12-10", Map.of("all_day", true,
                "ends_at", "2028-12-09"))), 400, "ends_at");
        assertProblem(admin.post("/api/v1/calendar/events/", entry("ছুটি", "holiday", "2026-12-10T10:00", Map.of())), 400, "all_day");
        assertProblem(admin.post("/api/v1/calendar/events/", entry("সভা", "meeting", "2026-12-10T10:00",
                Map.of("city_corporation", "DSCC", "target_wards", List.of("999")))), 400, "ward_number");
        assertProblem(admin.post("/api/v1/calendar/events/", entry("সভা", "meeting", "2026-12-10T10:00", Map.of("all_day", "sometimes"))),
                400, "all_day");
        assertProblem(admin.post("/api/v1/calendar/events/", entry("ক".repeat(300), "meeting", "2026-12-10T10:00", Map.of())), 400, "title");
        var malformed = admin.post("/api/v1/calendar/events/", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_events").query(Long.class).single()).isZero();
    }

    @Test
    void holidays_are_offered_to_other_modules_one_day_at_a_time_per_corporation() {
        add(superAdmin, entry("বিজয় দিবস", "holiday", "2026-12-16", Map.of("all_day", true, "title_en", "Victory Day")));
        add(superAdmin, entry("নগর ছুটি", "holiday", "2026-12-17", Map.of("all_day", true, "ends_at", "2026-12-18", "city_corporation", "DSCC")));
        add(superAdmin, entry("ওয়ার্ড ছুটি", "holiday", "2026-12-21", Map.of("all_day", true, "city_corporation", "DSCC",
                "target_wards", List.of("12"))));
        add(superAdmin, entry("খসড়া ছুটি", "holiday", "2026-12-22", Map.of("all_day", true, "is_published", false)));
        add(superAdmin, entry("অভিযান", "campaign", "2026-12-23", Map.of("all_day", true)));
        var called = add(superAdmin, entry("বাতিল ছুটি", "holiday", "2026-12-24", Map.of("all_day", true))).get("id").asString();
        api.as(superAdmin.accessToken()).delete("/api/v1/calendar/events/" + called + "/");

        var holidays = calendar.holidays(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));
        assertThat(holidays).containsExactly(
                new Holiday(LocalDate.parse("2026-12-16"), null, "বিজয় দিবস", "Victory Day"),
                new Holiday(LocalDate.parse("2026-12-17"), "DSCC", "নগর ছুটি", null),
                new Holiday(LocalDate.parse("2026-12-18"), "DSCC", "নগর ছুটি", null));
        assertThat(holidays.stream().filter(h -> h.appliesTo("DNCC")).map(Holiday::date)).containsExactly(LocalDate.parse("2026-12-16"));
        assertThat(calendar.holidays(LocalDate.parse("2026-12-18"), LocalDate.parse("2026-12-18"))).extracting(Holiday::date)
                .containsExactly(LocalDate.parse("2026-12-18"));
        assertThat(calendar.holidays(LocalDate.parse("2026-12-19"), LocalDate.parse("2026-12-31"))).isEmpty();
    }

    /** An admin with the calendar permission (create, read, update, delete) in these wards. */
    Account calendarAdmin(String cityCorporation, String... wards) {
        var admin = staff("admin", cityCorporation);
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                VALUES (:id, 'calendar', 'calendar', :wards, :cc, TRUE, TRUE, TRUE, TRUE)""")
                .param("id", admin.id()).param("wards", wards).param("cc", cityCorporation).update();
        return admin;
    }

    static Map<String, Object> entry(String title, String category, String startsAt, Map<String, Object> more) {
        var body = new HashMap<String, Object>(Map.of("title", title, "category", category, "starts_at", startsAt));
        body.putAll(more);
        return body;
    }

    JsonNode add(Account who, Map<String, Object> body) {
        var response = api.as(who.accessToken()).post("/api/v1/calendar/events/", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    static List<String> ids(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var ids = new ArrayList<String>();
        response.json().get("results").forEach(result -> ids.add(result.get("id").asString()));
        return ids;
    }

    static void assertProblem(Http.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").has(field)).as(response.toString()).isTrue();
    }
}
