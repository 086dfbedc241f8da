package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.complaints.internal.OverdueJob;
import bd.gov.cleancare.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ComplaintDeadlinesTest extends ApiTest {

    /** Tuesday 15 December 2026, 15:00 in Dhaka: two office hours left that day; Wednesday the 16th is Victory Day. */
    static final Instant FILED = Instant.parse("2026-12-15T09:00:00Z");

    @Autowired
    ComplaintDeadlines deadlines;
    @Autowired
    OverdueJob job;

    Account superAdmin;

    @BeforeEach
    void aSuperAdmin() {
        clock.set(FILED.minus(Duration.ofHours(1)));
        superAdmin = staff("super_admin", null);
    }

    @AfterEach
    void defaultRules() {
        jdbc.sql("DELETE FROM complaint_deadline_rules WHERE priority IS NOT NULL").update();
        jdbc.sql("UPDATE complaint_deadline_rules SET response_hours = 8, resolution_hours = 24 WHERE category = 'পরিচ্ছন্নতা'").update();
    }

    @Test
    void due_times_count_office_hours_only_skipping_the_weekend_and_a_holiday() {
        victoryDay();
        var citizen = citizen();
        clock.set(FILED);

        var filed = file(citizen);  // cleanliness: 8 working hours to respond, 24 to resolve

        // Tue 15-17 (2 h), Wed holiday, Thu 9-15 (6 h)
        assertThat(instant(filed, "response_due_at")).isEqualTo(dhaka("2026-12-17T15:00"));
        // Tue 2 h, Thu 8 h, Fri + Sat weekend, Sun 8 h, Mon 9-15 (6 h)
        assertThat(instant(filed, "resolution_due_at")).isEqualTo(dhaka("2026-12-21T15:00"));
        assertThat(filed.get("deadline").get("state").asString()).isEqualTo("due");
        assertThat(filed.get("deadline").get("due_in_minutes").asLong()).isEqualTo(Duration.ofDays(6).toMinutes());
        var listed = api.as(citizen.accessToken()).get("/api/v1/complaints/").json().get("results").get(0);
        assertThat(instant(listed, "resolution_due_at")).isEqualTo(dhaka("2026-12-21T15:00"));
    }

    @Test
    void a_rule_for_a_priority_wins_over_its_categorys_and_ends_exactly_at_closing_time() {
        victoryDay();
        var rule = api.as(superAdmin.accessToken()).post("/api/v1/admin/deadlines/", Map.of("category", "cleanliness",
                "priority", "high", "response_hours", 2, "resolution_hours", 8));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        var citizen = citizen();
        clock.set(FILED);

        var urgent = file(citizen, Map.of("priority", "high"));
        var ordinary = file(citizen, Map.of("priority", "low"));

        assertThat(instant(urgent, "response_due_at")).isEqualTo(dhaka("2026-12-15T17:00"));
        assertThat(instant(urgent, "resolution_due_at")).isEqualTo(dhaka("2026-12-17T15:00"));
        assertThat(instant(ordinary, "resolution_due_at")).isEqualTo(dhaka("2026-12-21T15:00"));
    }

    @Test
    void super_admins_alone_manage_the_rules_and_mistakes_are_problems() {
        var admin = staff("admin", "DSCC", "12");
        var asSuper = api.as(superAdmin.accessToken());

        assertThat(api.as(admin.accessToken()).get("/api/v1/admin/deadlines/").status()).isEqualTo(403);
        var all = asSuper.get("/api/v1/admin/deadlines/").json();
        assertThat(all.get("count").asInt()).isEqualTo(6);

        var twice = asSuper.post("/api/v1/admin/deadlines/", Map.of("category", "roads", "response_hours", 4, "resolution_hours", 40));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        var backwards = asSuper.post("/api/v1/admin/deadlines/", Map.of("category", "roads", "priority", "high",
                "response_hours", 10, "resolution_hours", 4));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").has("resolution_hours")).isTrue();
        var unknown = asSuper.post("/api/v1/admin/deadlines/", Map.of("category", "noise", "response_hours", 1, "resolution_hours", 4));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").has("category")).isTrue();

        var cleanliness = find(all, "cleanliness");
        var changed = asSuper.put("/api/v1/admin/deadlines/" + cleanliness + "/", Map.of("response_hours", 4, "resolution_hours", 16));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("resolution_hours").asInt()).isEqualTo(16);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'deadline_rule.changed'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(asSuper.put("/api/v1/admin/deadlines/" + UUID.randomUUID() + "/", Map.of("response_hours", 1, "resolution_hours", 2))
                .status()).isEqualTo(404);
    }

    @Test
    void an_overdue_complaint_is_marked_then_escalated_to_its_zone_then_to_the_city_each_step_once() {
        var zoneWards = jdbc.sql("SELECT ward_number FROM wards WHERE city_corporation = 'DSCC' AND zone_number = 2 ORDER BY ward_number")
                .query(String.class).list();
        var wardAdmin = staff("admin", "DSCC", "12");
        var zoneAdmin = staff("admin", "DSCC", zoneWards.toArray(String[]::new));
        var elsewhere = staff("admin", "DSCC", "13");
        var crew = staff("service_provider", "DSCC", "12");
        var citizen = citizen();
        clock.set(FILED);
        var id = file(citizen).get("id").asString();
        var assigned = api.as(wardAdmin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("assigned_to", crew.id()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);

        // No holiday this time: Tue 2 h, Wed 8, Thu 8, Fri + Sat weekend, Sun 9-15 (6 h); the response came with the assignment.
        clock.set(dhaka("2026-12-18T12:00"));
        job.run();
        assertThat(events(id)).as("not due before Sunday 15:00").isEmpty();

        clock.set(dhaka("2026-12-20T15:01"));
        job.run();
        assertThat(events(id)).containsExactly("overdue");
        await().atMost(Duration.ofSeconds(10)).until(() -> kinds(crew).contains("complaint_overdue") && kinds(wardAdmin).contains("complaint_overdue"));
        assertThat(kinds(superAdmin)).doesNotContain("complaint_overdue");
        assertThat(kinds(elsewhere)).isEmpty();

        clock.advance(Duration.ofHours(23));
        job.run();
        assertThat(events(id)).as("the grace has not passed").containsExactly("overdue");
        clock.advance(Duration.ofHours(1));
        job.run();
        assertThat(events(id)).containsExactly("overdue", "escalated_zone");
        await().atMost(Duration.ofSeconds(10)).until(() -> kinds(zoneAdmin).contains("complaint_escalated_zone"));
        assertThat(kinds(wardAdmin)).doesNotContain("complaint_escalated_zone");

        clock.advance(Duration.ofHours(24));
        job.run();
        job.run();
        assertThat(events(id)).containsExactly("overdue", "escalated_zone", "escalated_city");
        await().atMost(Duration.ofSeconds(10)).until(() -> kinds(superAdmin).contains("complaint_escalated_city"));
        assertThat(jdbc.sql("""
                SELECT action FROM activity_logs WHERE resource_id = CAST(:id AS uuid) AND user_id IS NULL ORDER BY created_at""")
                .param("id", id).query(String.class).list())
                .containsExactly("complaint.overdue", "complaint.escalated_zone", "complaint.escalated_city");

        var shown = api.as(login(wardAdmin.phone(), PASSWORD).accessToken()).get("/api/v1/complaints/" + id + "/").json();
        assertThat(shown.get("deadline").get("state").asString()).isEqualTo("overdue");
        assertThat(shown.get("deadline").get("escalation_level").asInt()).isEqualTo(2);
        assertThat(shown.get("deadline").get("overdue_by_minutes").asLong()).isEqualTo(Duration.ofHours(48).plusMinutes(1).toMinutes());
        var timeline = api.as(login(citizen.phone(), PASSWORD).accessToken()).get("/api/v1/complaints/" + id + "/updates/").json();
        var last = timeline.get("results").get(timeline.get("count").asInt() - 1);
        assertThat(last.get("event").asString()).isEqualTo("escalated_city");
        assertThat(last.get("updated_by").isNull()).isTrue();
    }

    @Test
    void a_response_missed_makes_a_complaint_overdue_before_its_resolution_deadline() {
        var citizen = citizen();
        clock.set(FILED);
        var id = file(citizen).get("id").asString();

        clock.set(dhaka("2026-12-17T09:01"));  // the response was due Wednesday 15:00; the resolution not before Sunday
        assertThat(deadlines.sweep().markedOverdue()).isEqualTo(1);

        assertThat(events(id)).containsExactly("overdue");
        var shown = api.as(login(citizen.phone(), PASSWORD).accessToken()).get("/api/v1/complaints/" + id + "/").json();
        assertThat(shown.get("deadline").get("state").asString()).isEqualTo("overdue");

        var admin = staff("admin", "DSCC", "12");
        api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("comment", "দল পাঠানো হচ্ছে"));
        clock.advance(Duration.ofHours(25));
        assertThat(deadlines.sweep().escalatedToZone()).as("answered, and within its resolution time: no escalation").isZero();
        assertThat(api.as(login(admin.phone(), PASSWORD).accessToken()).get("/api/v1/complaints/" + id + "/").json()
                .get("deadline").get("state").asString()).isEqualTo("due");
        clock.set(dhaka("2026-12-20T15:01"));
        assertThat(deadlines.sweep().escalatedToZone()).as("late again: escalated at once, overdue since Thursday").isEqualTo(1);
    }

    @Test
    void a_reopened_complaint_starts_a_new_deadline_round_marked_and_escalated_again() {
        var admin = staff("admin", "DSCC", "12");
        var citizen = citizen();
        clock.set(FILED);
        var id = file(citizen).get("id").asString();
        clock.set(dhaka("2026-12-17T09:01"));
        assertThat(deadlines.sweep().markedOverdue()).isEqualTo(1);
        clock.advance(Duration.ofHours(25));
        assertThat(deadlines.sweep().escalatedToZone()).isEqualTo(1);
        resolve(login(admin.phone(), PASSWORD), id);

        clock.advance(Duration.ofDays(1));
        var reopened = api.as(login(citizen.phone(), PASSWORD).accessToken())
                .post("/api/v1/complaints/" + id + "/reopen/", Map.of("comment", "আবার ময়লা"));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().get("deadline").get("state").asString()).isEqualTo("due");
        assertThat(reopened.json().get("deadline").get("escalation_level").asInt()).as("escalation starts over").isZero();

        assertThat(deadlines.sweep().markedOverdue()).as("due again from the re-open").isZero();
        clock.advance(Duration.ofDays(7));
        assertThat(deadlines.sweep().markedOverdue()).as("nobody answered the re-open").isEqualTo(1);
        clock.advance(Duration.ofHours(25));
        assertThat(deadlines.sweep().escalatedToZone()).isEqualTo(1);
        assertThat(deadlines.sweep().escalatedToZone() + deadlines.sweep().markedOverdue()).isZero();

        assertThat(events(id)).containsExactly("overdue", "escalated_zone", "overdue", "escalated_zone");
        var figures = api.as(login(admin.phone(), PASSWORD).accessToken()).get("/api/v1/dashboard/deadlines/").json();
        assertThat(figures.get("overdue").asLong()).as("the re-opened complaint counts as late work").isEqualTo(1);
    }

    @Test
    void two_instances_running_the_job_at_once_take_every_step_exactly_once() throws Exception {
        var citizen = citizen();
        clock.set(FILED);
        var ids = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            ids.add(file(citizen, Map.of("ward_number", i % 2 == 0 ? "12" : "13")).get("id").asString());
        }
        clock.set(dhaka("2026-12-22T10:00"));

        // Both sweep without the advisory lock: the row claims alone must keep the steps single.
        var sweeps = concurrently(() -> deadlines.sweep().markedOverdue());
        assertThat(sweeps.stream().mapToInt(Integer::intValue).sum()).isEqualTo(12);
        clock.advance(Duration.ofHours(25));
        var runs = concurrently(() -> {
            job.run();
            return 0;
        });
        assertThat(runs).hasSize(2);

        for (var id : ids) {
            assertThat(events(id)).as(id).containsExactly("overdue", "escalated_zone");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'complaint.escalated_zone'").query(Long.class).single())
                .isEqualTo(12);
    }

    @Test
    void the_dashboard_counts_the_overdue_per_ward_and_category_and_the_on_time_rate() {
        var wardAdmin = staff("admin", "DSCC", "12");
        var citizen = citizen();
        clock.set(FILED);
        file(citizen);
        file(citizen);
        file(citizen, Map.of("category", "roads", "ward_number", "13"));
        var onTime = file(citizen).get("id").asString();
        var late = file(citizen).get("id").asString();
        resolve(wardAdmin, onTime);
        clock.set(dhaka("2026-12-22T10:00"));
        resolve(login(wardAdmin.phone(), PASSWORD), late);

        var figures = api.as(login(superAdmin.phone(), PASSWORD).accessToken()).get("/api/v1/dashboard/deadlines/");

        assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
        var body = figures.json();
        assertThat(body.get("overdue").asLong()).isEqualTo(3);
        assertThat(body.get("overdue_by_ward").get(0).get("ward_number").asString()).isEqualTo("12");
        assertThat(body.get("overdue_by_ward").get(0).get("overdue").asLong()).isEqualTo(2);
        assertThat(body.get("overdue_by_ward").get(1).get("overdue").asLong()).isEqualTo(1);
        assertThat(count(body.get("overdue_by_category"), "cleanliness")).isEqualTo(2);
        assertThat(count(body.get("overdue_by_category"), "roads")).isEqualTo(1);
        assertThat(body.get("resolved").asLong()).isEqualTo(2);
        assertThat(body.get("resolved_on_time").asLong()).isEqualTo(1);
        assertThat(body.get("on_time_rate").decimalValue()).isEqualByComparingTo("0.5");

        var forWard = api.as(login(wardAdmin.phone(), PASSWORD).accessToken()).get("/api/v1/dashboard/deadlines/").json();
        assertThat(forWard.get("overdue").asLong()).as("an admin sees their wards only").isEqualTo(2);
    }

    @Test
    void open311_gives_the_resolution_deadline_as_the_expected_datetime() {
        var citizen = citizen();
        clock.set(FILED);
        var number = file(citizen).get("tracking_number").asString();

        var request = api.get("/open311/v2/requests/" + number + ".json");

        assertThat(request.status()).as(request.toString()).isEqualTo(200);
        assertThat(request.json().get(0).get("expected_datetime").asString()).isEqualTo("2026-12-20T15:00:00+06:00");
    }

    private void resolve(Account staff, String id) {
        for (var status : List.of("in_progress", "resolved")) {
            var changed = api.as(staff.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", status));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
        }
    }

    private void victoryDay() {
        var holiday = api.as(superAdmin.accessToken()).post("/api/v1/calendar/events/", Map.of("title", "বিজয় দিবস",
                "category", "holiday", "starts_at", "2026-12-16", "all_day", true));
        assertThat(holiday.status()).as(holiday.toString()).isEqualTo(201);
    }

    private List<String> events(String complaintId) {
        return jdbc.sql("SELECT event FROM complaint_updates WHERE complaint_id = CAST(:id AS uuid) AND event IS NOT NULL ORDER BY seq")
                .param("id", complaintId).query(String.class).list();
    }

    private List<String> kinds(Account who) {
        return jdbc.sql("SELECT kind FROM notifications WHERE user_id = :id ORDER BY created_at").param("id", who.id())
                .query(String.class).list();
    }

    private <T> List<T> concurrently(java.util.concurrent.Callable<T> task) throws Exception {
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return task.call();
                }));
            }
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static String find(JsonNode listing, String categoryCode) {
        for (var rule : listing.get("results")) {
            if (rule.get("category_code").asString().equals(categoryCode) && rule.get("priority").isNull()) {
                return rule.get("id").asString();
            }
        }
        throw new AssertionError("no rule for " + categoryCode);
    }

    private static long count(JsonNode counts, String code) {
        for (var count : counts) {
            if (count.get("code").asString().equals(code)) {
                return count.get("count").asLong();
            }
        }
        return 0;
    }

    static Instant instant(JsonNode json, String field) {
        return Instant.parse(json.get(field).asString());
    }

    static Instant dhaka(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("Asia/Dhaka")).toInstant();
    }
}
