package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComplaintWorkflowTest extends ApiTest {

    Account owner;
    Account admin;
    String path;

    @BeforeEach
    void aSubmittedComplaint() {
        owner = citizen();
        admin = staff("admin", "DSCC", "12");
        path = "/api/v1/complaints/" + file(owner).get("id").asString() + "/";
    }

    private Http.Response move(Account who, String status) {
        return api.as(who.accessToken()).post(path + "updates/", Map.of("new_status", status, "comment", "→ " + status));
    }

    @Test
    void submitted_goes_to_in_progress_then_resolved_with_every_step_recorded() {
        assertThat(move(admin, "in_progress").status()).isEqualTo(201);
        var resolved = move(admin, "সমাধান হয়েছে");

        assertThat(resolved.status()).isEqualTo(201);
        assertThat(resolved.json().get("status_code").asString()).isEqualTo("resolved");
        assertThat(resolved.json().get("resolved_at").isNull()).isFalse();
        var history = api.as(owner.accessToken()).get(path + "updates/").json();
        assertThat(history.get("count").asInt()).isEqualTo(2);
        var first = history.get("results").get(0);
        assertThat(first.get("old_status_code").asString()).isEqualTo("submitted");
        assertThat(first.get("new_status_code").asString()).isEqualTo("in_progress");
        assertThat(first.get("comment").asString()).isEqualTo("→ in_progress");
        assertThat(first.get("updated_by").get("id").asString()).isEqualTo(admin.id().toString());
        assertThat(resolved.json().get("update_count").asInt()).isEqualTo(2);
    }

    @Test
    void the_citizen_is_told_of_each_status_change_by_sms_and_in_the_app() {
        move(admin, "in_progress");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(sms.sent()).anySatisfy(sent -> {
                    assertThat(sent.phone()).isEqualTo(owner.phone());
                    assertThat(sent.text()).contains("প্রক্রিয়াধীন");
                }));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.as(owner.accessToken()).get("/api/v1/notifications/?is_read=false").json().get("count").asInt()).isEqualTo(2));
    }

    @Test
    void submitted_cannot_jump_to_resolved_and_cancelled_is_final() {
        assertThat(move(admin, "resolved").status()).isEqualTo(409);
        assertThat(move(admin, "cancelled").status()).isEqualTo(201);
        assertThat(move(admin, "in_progress").status()).isEqualTo(409);
        assertThat(move(admin, "submitted").status()).isEqualTo(409);
    }

    @Test
    void an_admin_reopens_a_resolved_complaint_and_resolved_at_is_cleared() {
        move(admin, "in_progress");
        move(admin, "resolved");

        var reopened = move(admin, "in_progress");

        assertThat(reopened.status()).isEqualTo(201);
        assertThat(reopened.json().get("resolved_at").isNull()).isTrue();
    }

    @Test
    void the_assigned_provider_may_resolve_but_not_reopen_or_cancel() {
        var provider = staff("service_provider", "DSCC", "12");
        api.as(admin.accessToken()).post(path + "updates/", Map.of("assigned_to", provider.id().toString()));

        assertThat(move(provider, "in_progress").status()).isEqualTo(201);
        assertThat(move(provider, "resolved").status()).isEqualTo(201);
        assertThat(move(provider, "in_progress").status()).isEqualTo(403);
    }

    @Test
    void the_citizen_may_cancel_their_own_but_not_move_it_otherwise() {
        assertThat(move(owner, "in_progress").status()).isEqualTo(403);
        assertThat(move(owner, "cancelled").status()).isEqualTo(201);
    }

    @Test
    void the_citizen_edits_only_while_submitted() {
        var edit = api.as(owner.accessToken()).put(path, Map.of("title", "নতুন শিরোনাম", "category", "roads"));
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.json().get("title").asString()).isEqualTo("নতুন শিরোনাম");
        assertThat(edit.json().get("category_code").asString()).isEqualTo("roads");

        move(admin, "in_progress");

        assertThat(api.as(owner.accessToken()).put(path, Map.of("title", "আবার")).status()).isEqualTo(409);
    }

    @Test
    void staff_change_status_assignment_and_priority_through_put_as_well() {
        var response = api.as(admin.accessToken()).put(path, Map.of("status", "in_progress", "priority", "high", "comment", "জরুরি"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status_code").asString()).isEqualTo("in_progress");
        assertThat(response.json().get("priority_code").asString()).isEqualTo("high");
        assertThat(response.json().get("update_count").asInt()).isEqualTo(1);
    }

    @Test
    void an_empty_or_invalid_update_is_refused() {
        assertThat(api.as(admin.accessToken()).post(path + "updates/", Map.of()).status()).isEqualTo(400);
        var bad = api.as(admin.accessToken()).post(path + "updates/", Map.of("new_status", "done"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").has("new_status")).isTrue();
    }

    @Test
    void a_comment_alone_is_recorded_without_changing_the_status() {
        var commented = api.as(admin.accessToken()).post(path + "updates/", Map.of("comment", "পরিদর্শন করা হবে"));

        assertThat(commented.json().get("status_code").asString()).isEqualTo("submitted");
        var update = api.as(owner.accessToken()).get(path + "updates/").json().get("results").get(0);
        assertThat(update.get("old_status_code").asString()).isEqualTo("submitted");
        assertThat(update.get("new_status_code").asString()).isEqualTo("submitted");
    }

    @Test
    void the_owner_rates_a_resolved_complaint_once() {
        assertThat(api.as(owner.accessToken()).post(path + "rating/", Map.of("rating", 5)).status()).isEqualTo(409);
        move(admin, "in_progress");
        move(admin, "resolved");

        assertThat(api.as(admin.accessToken()).post(path + "rating/", Map.of("rating", 5)).status()).isEqualTo(403);
        assertThat(api.as(owner.accessToken()).post(path + "rating/", Map.of("rating", 6)).status()).isEqualTo(400);
        var rated = api.as(owner.accessToken()).post(path + "rating/", Map.of("rating", 4, "comment", "ভালো কাজ"));
        assertThat(rated.status()).isEqualTo(200);
        assertThat(rated.json().get("rating").asInt()).isEqualTo(4);
        assertThat(rated.json().get("rating_comment").asString()).isEqualTo("ভালো কাজ");
        assertThat(api.as(owner.accessToken()).post(path + "rating/", Map.of("rating", 1)).status()).isEqualTo(409);
        var listed = api.as(owner.accessToken()).get("/api/v1/complaints/").json().get("results").get(0);
        assertThat(listed.get("rating").asInt()).isEqualTo(4);
    }
}
