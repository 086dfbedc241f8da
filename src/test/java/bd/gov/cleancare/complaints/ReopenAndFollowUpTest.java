package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.platform.images.Photos;
import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Not fixed" within the window, and the "has it been fixed?" link: signed, expiring, answered once. */
class ReopenAndFollowUpTest extends ApiTest {

    private static final Pattern LINK = Pattern.compile("/follow-up/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

    @Autowired
    FollowUps followUps;

    Account owner;
    Account admin;
    String id;
    String path;

    @BeforeEach
    void aResolvedComplaint() {
        owner = citizen();
        admin = staff("admin", "DSCC", "12");
        id = file(owner).get("id").asString();
        path = "/api/v1/complaints/" + id + "/";
        resolve(path);
    }

    private void resolve(String complaint) {
        assertThat(move(complaint, "in_progress").status()).isEqualTo(201);
        assertThat(move(complaint, "resolved").status()).isEqualTo(201);
    }

    private Http.Response move(String complaint, String status) {
        return api.as(admin.accessToken()).post(complaint + "updates/", Map.of("new_status", status));
    }

    private Http.Response reopen(Account who, String complaint) {
        return api.as(who.accessToken()).post(complaint + "reopen/", Map.of("comment", "ময়লা আবার জমেছে"));
    }

    @Test
    void the_citizen_reopens_with_a_reason_and_staff_move_it_on_as_from_in_progress() {
        var reopened = reopen(owner, path);

        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().get("status_code").asString()).isEqualTo("reopened");
        assertThat(reopened.json().get("status").asString()).isEqualTo("পুনরায় খোলা হয়েছে");
        assertThat(reopened.json().get("resolved_at").isNull()).isTrue();
        assertThat(reopened.json().get("reopenable_until").isNull()).isTrue();
        var history = api.as(owner.accessToken()).get(path + "updates/").json().get("results");
        var last = history.get(history.size() - 1);
        assertThat(last.get("new_status_code").asString()).isEqualTo("reopened");
        assertThat(last.get("comment").asString()).isEqualTo("ময়লা আবার জমেছে");
        assertThat(api.as(owner.accessToken()).get("/api/v1/complaints/?status=reopened").json().get("count").asInt()).isEqualTo(1);

        assertThat(move(path, "in_progress").status()).isEqualTo(201);
        assertThat(move(path, "resolved").status()).isEqualTo(201);
    }

    @Test
    void the_assignee_and_the_ward_office_are_told_of_a_reopen() {
        reopen(owner, path);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.as(admin.accessToken()).get("/api/v1/notifications/").json().get("results"))
                .anySatisfy(n -> {
                    assertThat(n.get("kind").asString()).isEqualTo("complaint_reopened");
                    assertThat(n.get("body").asString()).contains("ময়লা আবার জমেছে");
                }));
    }

    @Test
    void a_photo_can_come_with_the_reopen_as_multipart() {
        var response = api.as(owner.accessToken()).multipart(path + "reopen/", Map.of("comment", "still there"), "image", "now.jpg",
                "image/jpeg", Photos.jpeg(40, 30));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("images").size()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT image_url FROM complaint_reopens").query(String.class).single()).startsWith("/media/");
    }

    @Test
    void the_window_is_fourteen_days_to_the_second() {
        clock.advance(Duration.ofMinutes(1));
        var second = "/api/v1/complaints/" + file(owner).get("id").asString() + "/";
        resolve(second);
        clock.advance(Duration.ofDays(14).minusSeconds(30));
        owner = login(owner.phone(), PASSWORD);

        // the first was resolved about a minute earlier: its window has just closed; the second's is still open
        var late = reopen(owner, path);
        var inTime = reopen(owner, second);

        assertThat(inTime.status()).as(inTime.toString()).isEqualTo(200);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.json().get("detail").asString()).contains("১৪");
    }

    @Test
    void refusals_say_why_in_bengali_or_english() {
        var open = "/api/v1/complaints/" + file(owner).get("id").asString() + "/";
        var notResolved = api.as(owner.accessToken()).with("Accept-Language", "en").post(open + "reopen/", Map.of("comment", "x"));
        assertThat(notResolved.status()).isEqualTo(409);
        assertThat(notResolved.json().get("detail").asString()).isEqualTo("Only a resolved complaint can be re-opened.");

        var noReason = api.as(owner.accessToken()).post(path + "reopen/", Map.of("comment", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").has("comment")).isTrue();

        var staff = api.as(admin.accessToken()).with("Accept-Language", "en").post(path + "reopen/", Map.of("comment", "x"));
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.json().get("detail").asString()).isEqualTo("Only the citizen who filed this complaint, or one who supports it, can re-open it.");
    }

    @Test
    void a_supporter_says_not_fixed_and_gets_the_public_timeline_without_the_filers_name_or_phone() {
        var supporter = citizen("DNCC", "5");
        var quitter = citizen("DNCC", "5");
        var second = "/api/v1/complaints/" + file(owner).get("id").asString() + "/";
        for (var who : java.util.List.of(supporter, quitter)) {
            assertThat(api.as(who.accessToken()).post(second + "support/", Map.of()).status()).isEqualTo(200);
        }
        assertThat(api.as(quitter.accessToken()).delete(second + "support/").status()).isEqualTo(200);
        resolve(second);

        assertThat(reopen(quitter, second).status()).as("support taken back: a stranger again").isEqualTo(404);
        var reopened = reopen(supporter, second);

        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().get("status_code").asString()).isEqualTo("reopened");
        assertThat(reopened.json().get("timeline").get(reopened.json().get("timeline").size() - 1).get("status_code").asString())
                .isEqualTo("reopened");
        assertThat(reopened.text()).doesNotContain(owner.phone()).doesNotContain(owner.id().toString()).doesNotContain("user_id");
        assertThat(jdbc.sql("SELECT via || ':' || reopened_by FROM complaint_reopens").query(String.class).single())
                .isEqualTo("supporter:" + supporter.id());
        assertThat(api.as(owner.accessToken()).get(second).json().get("status_code").asString()).isEqualTo("reopened");
    }

    @Test
    void a_supporter_cannot_reopen_a_complaint_hidden_from_the_public() {
        var supporter = citizen("DNCC", "5");
        var second = "/api/v1/complaints/" + file(owner).get("id").asString() + "/";
        assertThat(api.as(supporter.accessToken()).post(second + "support/", Map.of()).status()).isEqualTo(200);
        resolve(second);
        jdbc.sql("UPDATE complaints SET is_public = FALSE WHERE id = CAST(:id AS uuid)")
                .param("id", second.split("/")[4]).update();

        assertThat(reopen(supporter, second).status()).isEqualTo(404);
        assertThat(reopen(owner, second).status()).as("its citizen still may").isEqualTo(200);
    }

    @Test
    void another_citizen_cannot_reopen_nor_learn_the_complaint_exists() {
        var stranger = citizen();

        assertThat(reopen(stranger, path).status()).isEqualTo(404);
        assertThat(api.as(owner.accessToken()).get(path).json().get("status_code").asString()).isEqualTo("resolved");
    }

    @Test
    void the_follow_up_asks_once_three_days_after_resolution_by_sms_and_in_the_app() {
        clock.advance(Duration.ofDays(3).minusMinutes(5));
        assertThat(followUps.askDue()).isZero();
        clock.advance(Duration.ofMinutes(10));
        owner = login(owner.phone(), PASSWORD);

        assertThat(followUps.askDue()).isEqualTo(1);
        assertThat(followUps.askDue()).isZero();

        var token = tokenSentTo(owner);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.as(owner.accessToken()).get("/api/v1/notifications/").json().get("results"))
                .anySatisfy(n -> assertThat(n.get("body").asString()).contains("/follow-up/" + token)));
        var question = api.get("/api/v1/follow-up/" + token + "/");
        assertThat(question.status()).as(question.toString()).isEqualTo(200);
        assertThat(question.json().get("tracking_number").asString()).startsWith("CC");
        assertThat(question.json().get("answer").isNull()).isTrue();
    }

    @Test
    void two_runs_of_the_job_at_once_ask_each_complaint_once() throws Exception {
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> { start.await(); return followUps.askDue(); });
            var second = pool.submit(() -> { start.await(); return followUps.askDue(); });
            start.countDown();

            assertThat(first.get() + second.get()).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sms.sent().stream().anyMatch(s -> s.text().contains("/follow-up/")));
        assertThat(sms.sent().stream().filter(s -> s.text().contains("/follow-up/")).count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_follow_ups").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void no_reopens_the_complaint_and_a_link_answers_only_once() {
        var token = askNow();

        var answered = api.post("/api/v1/follow-up/" + token + "/", Map.of("answer", "no"));
        var again = api.post("/api/v1/follow-up/" + token + "/", Map.of("answer", "yes"));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("reopened").asBoolean()).isTrue();
        assertThat(api.as(owner.accessToken()).get(path).json().get("status_code").asString()).isEqualTo("reopened");
        assertThat(jdbc.sql("SELECT via FROM complaint_reopens").query(String.class).single()).isEqualTo("follow_up");
        assertThat(again.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT answer FROM complaint_follow_ups").query(String.class).single()).isEqualTo("no");
    }

    @Test
    void a_complaint_reopened_and_resolved_again_is_asked_again_with_a_new_link() {
        var first = askNow();
        assertThat(api.post("/api/v1/follow-up/" + first + "/", Map.of("answer", "no")).status()).isEqualTo(200);
        resolve(path);
        sms.reset();

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        owner = login(owner.phone(), PASSWORD);
        assertThat(followUps.askDue()).as("the second resolution is asked about").isEqualTo(1);
        assertThat(followUps.askDue()).isZero();
        var second = tokenSentTo(owner);

        assertThat(second).isNotEqualTo(first);
        assertThat(api.post("/api/v1/follow-up/" + first + "/", Map.of("answer", "yes")).status())
                .as("the first link stays answered").isEqualTo(409);
        var fixed = api.post("/api/v1/follow-up/" + second + "/", Map.of("answer", "yes"));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(fixed.json().get("reopened").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT answer FROM complaint_follow_ups ORDER BY deadline_round").query(String.class).list())
                .containsExactly("no", "yes");
    }

    @Test
    void a_tampered_or_forged_link_is_refused() {
        var token = askNow();
        var parts = token.split("\\.");
        var flipped = parts[1].charAt(0) == 'A' ? 'B' + parts[1].substring(1) : 'A' + parts[1].substring(1);
        var otherComplaint = parts[0].substring(0, 5) + (parts[0].charAt(5) == 'A' ? 'B' : 'A') + parts[0].substring(6);

        assertThat(api.post("/api/v1/follow-up/" + parts[0] + "." + flipped + "/", Map.of("answer", "no")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/follow-up/" + otherComplaint + "." + parts[1] + "/", Map.of("answer", "no")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/follow-up/garbage/", Map.of("answer", "no")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/follow-up/" + parts[0] + "/").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_follow_ups WHERE answer IS NOT NULL").query(Long.class).single()).isZero();
    }

    @Test
    void an_expired_link_is_refused() {
        var token = askNow();
        clock.advance(Duration.ofDays(14));

        var late = api.with("Accept-Language", "en").post("/api/v1/follow-up/" + token + "/", Map.of("answer", "yes"));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).isEqualTo("This link has expired.");
    }

    @Test
    void an_unknown_answer_is_a_field_error() {
        var token = askNow();

        var response = api.post("/api/v1/follow-up/" + token + "/", Map.of("answer", "maybe"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").has("answer")).isTrue();
    }

    @Test
    void answers_feed_the_fixed_rate_and_reopens_count_per_ward_on_the_dashboard() {
        var boss = staff("super_admin", "DSCC");
        var second = "/api/v1/complaints/" + file(owner).get("id").asString() + "/";
        var third = "/api/v1/complaints/" + file(owner).get("id").asString() + "/";
        resolve(second);
        resolve(third);
        clock.advance(Duration.ofDays(3).plusMinutes(5));
        boss = login(boss.phone(), PASSWORD);
        assertThat(followUps.askDue()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(10)).until(() -> sms.sent().stream().filter(s -> s.text().contains("/follow-up/")).count() == 3);
        var tokens = sms.sent().stream().map(s -> LINK.matcher(s.text())).filter(java.util.regex.Matcher::find).map(m -> m.group(1)).toList();
        assertThat(api.post("/api/v1/follow-up/" + tokens.get(0) + "/", Map.of("answer", "yes")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/follow-up/" + tokens.get(1) + "/", Map.of("answer", "no")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/follow-up/" + tokens.get(2) + "/", Map.of("answer", "unknown")).status()).isEqualTo(200);

        var satisfaction = api.as(boss.accessToken()).get("/api/v1/dashboard/satisfaction/?from=2020-01-01&to=2099-12-31");
        assertThat(satisfaction.status()).as(satisfaction.toString()).isEqualTo(200);
        var followUp = satisfaction.json().get("follow_up");
        assertThat(followUp).as(satisfaction.toString()).isNotNull();
        assertThat(followUp.get("asked").asInt()).isEqualTo(3);
        assertThat(followUp.get("fixed").asInt()).isEqualTo(1);
        assertThat(followUp.get("not_fixed").asInt()).isEqualTo(1);
        assertThat(followUp.get("unknown").asInt()).isEqualTo(1);
        assertThat(followUp.get("fixed_rate").decimalValue()).isEqualByComparingTo("0.5");
        var reopensResponse = api.as(boss.accessToken()).get("/api/v1/dashboard/reopens/?from=2020-01-01&to=2099-12-31");
        assertThat(reopensResponse.status()).as(reopensResponse.toString()).isEqualTo(200);
        var reopens = reopensResponse.json();
        assertThat(reopens.get("total").asInt()).isEqualTo(1);
        assertThat(reopens.get("wards").get(0).get("ward_number").asString()).isEqualTo("12");
    }

    private String askNow() {
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        owner = login(owner.phone(), PASSWORD);
        admin = login(admin.phone(), PASSWORD);
        assertThat(followUps.askDue()).isEqualTo(1);
        return tokenSentTo(owner);
    }

    private String tokenSentTo(Account who) {
        await().atMost(Duration.ofSeconds(10)).until(() -> sms.sent().stream()
                .anyMatch(s -> s.phone().equals(who.phone()) && s.text().contains("/follow-up/")));
        var text = sms.sent().stream().filter(s -> s.phone().equals(who.phone()) && s.text().contains("/follow-up/"))
                .reduce((a, b) -> b).orElseThrow().text();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
