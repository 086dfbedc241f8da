package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ComplaintSupportTest extends ApiTest {

    @Test
    void a_verified_citizen_supports_a_public_complaint_once_and_may_take_it_back() {
        var owner = citizen();
        var neighbour = citizen("DSCC", "12");
        var acrossTown = citizen("DNCC", "5");
        var id = file(owner).get("id").asString();

        var first = support(neighbour, id);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("support_count").asInt()).isEqualTo(1);
        assertThat(first.json().get("supported").asBoolean()).isTrue();
        assertThat(support(neighbour, id).json().get("support_count").asInt()).as("a second click changes nothing").isEqualTo(1);
        assertThat(support(acrossTown, id).json().get("support_count").asInt()).as("any ward's citizen").isEqualTo(2);

        var shown = api.as(owner.accessToken()).get("/api/v1/complaints/" + id + "/").json();
        assertThat(shown.get("support_count").asInt()).isEqualTo(2);
        assertThat(shown.get("supported_by_me").asBoolean()).isFalse();
        assertThat(api.as(owner.accessToken()).get("/api/v1/complaints/").json().get("results").get(0).get("support_count").asInt())
                .isEqualTo(2);

        var withdrawn = api.as(neighbour.accessToken()).delete("/api/v1/complaints/" + id + "/support/");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("support_count").asInt()).isEqualTo(1);
        assertThat(withdrawn.json().get("supported").asBoolean()).isFalse();
        assertThat(api.as(neighbour.accessToken()).delete("/api/v1/complaints/" + id + "/support/").json().get("support_count").asInt())
                .isEqualTo(1);
        assertThat(support(neighbour, id).json().get("support_count").asInt()).as("and give it again").isEqualTo(2);
    }

    @Test
    void concurrent_clicks_count_one_support() throws Exception {
        var owner = citizen();
        var neighbour = citizen();
        var id = file(owner).get("id").asString();
        var barrier = new CyclicBarrier(6);

        try (var pool = Executors.newFixedThreadPool(6)) {
            var clicks = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 6; i++) {
                clicks.add(pool.submit(() -> {
                    barrier.await();
                    return support(neighbour, id).status();
                }));
            }
            for (var click : clicks) {
                assertThat(click.get()).isEqualTo(200);
            }
        }

        assertThat(jdbc.sql("SELECT support_count FROM complaints WHERE id = CAST(:id AS uuid)").param("id", id).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_supports").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void support_is_refused_to_the_unverified_to_staff_on_ones_own_on_closed_and_on_hidden_complaints() {
        var owner = citizen();
        var unverified = citizen();
        var other = citizen("DNCC", "5");
        var admin = staff("admin", "DSCC", "12");
        var id = file(owner).get("id").asString();
        jdbc.sql("UPDATE users SET is_verified = FALSE WHERE id = :id").param("id", unverified.id()).update();

        assertProblem(support(unverified, id), 403, null);
        assertProblem(support(admin, id), 403, null);
        assertProblem(support(owner, id), 409, null);
        assertProblem(support(other, UUID.randomUUID().toString()), 404, null);

        var hidden = file(citizen("DSCC", "13"), Map.of("ward_number", "13")).get("id").asString();
        jdbc.sql("UPDATE complaints SET is_public = FALSE WHERE id = CAST(:id AS uuid)").param("id", hidden).update();
        assertProblem(support(other, hidden), 404, null);

        for (var status : List.of("in_progress", "resolved")) {
            assertThat(api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", status)).status())
                    .isEqualTo(201);
        }
        assertProblem(support(other, id), 409, null);
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_supports").query(Long.class).single()).isZero();
    }

    @Test
    void the_ward_queue_is_ordered_by_support_when_asked() {
        var admin = staff("admin", "DSCC", "12");
        var owner = citizen();
        var none = file(owner).get("id").asString();
        var most = file(owner).get("id").asString();
        var some = file(owner).get("id").asString();
        var a = citizen();
        var b = citizen();
        support(a, most);
        support(b, most);
        support(a, some);

        var queue = api.as(admin.accessToken()).get("/api/v1/complaints/?ordering=-support_count");

        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        assertThat(ids(queue.json())).containsExactly(most, some, none);
        assertThat(queue.json().get("results").get(0).get("support_count").asInt()).isEqualTo(2);
        assertThat(ids(api.as(admin.accessToken()).get("/api/v1/complaints/?ordering=support_count").json())).containsExactly(none, some, most);
    }

    @Test
    void supporters_hear_of_status_changes_like_the_citizen_who_filed() {
        var admin = staff("admin", "DSCC", "12");
        var owner = citizen();
        var supporter = citizen();
        var quitter = citizen();
        var id = file(owner).get("id").asString();
        support(supporter, id);
        support(quitter, id);
        api.as(quitter.accessToken()).delete("/api/v1/complaints/" + id + "/support/");

        api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", "in_progress"));

        await().atMost(Duration.ofSeconds(10)).until(() -> statusNotices(supporter) == 1);
        assertThat(statusNotices(owner)).isEqualTo(1);
        assertThat(statusNotices(quitter)).isZero();
    }

    @Test
    void the_nearby_hint_shows_support_and_the_dashboard_ranks_the_most_supported_per_ward() {
        var owner = citizen();
        var superAdmin = staff("super_admin", null);
        var near = Map.<String, Object>of("latitude", "23.72900000", "longitude", "90.41100000");
        var popular = file(owner, near).get("id").asString();
        var quiet = file(owner, near).get("id").asString();
        var north = file(owner, Map.of("city_corporation", "DNCC", "ward_number", "5")).get("id").asString();
        for (int i = 0; i < 3; i++) {
            support(citizen(), popular);
        }
        var one = citizen();
        support(one, quiet);
        support(one, north);

        var nearby = api.as(one.accessToken()).get("/api/v1/complaints/nearby/?lat=23.729&lng=90.411&radius_m=200").json();
        assertThat(nearby.get("results").get(0).get("support_count").asInt() + nearby.get("results").get(1).get("support_count").asInt())
                .isEqualTo(4);

        var ranked = api.as(superAdmin.accessToken()).get("/api/v1/dashboard/most-supported/?per_ward=1");
        assertThat(ranked.status()).as(ranked.toString()).isEqualTo(200);
        var wards = ranked.json().get("wards");
        assertThat(wards.size()).isEqualTo(2);
        var south = wards.get(1);
        assertThat(south.get("city_corporation").asString()).isEqualTo("DSCC");
        assertThat(south.get("complaints").size()).isEqualTo(1);
        assertThat(south.get("complaints").get(0).get("id").asString()).isEqualTo(popular);
        assertThat(south.get("complaints").get(0).get("support_count").asInt()).isEqualTo(3);
        assertThat(wards.get(0).get("complaints").get(0).get("id").asString()).isEqualTo(north);
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/dashboard/most-supported/?per_ward=99").status()).isEqualTo(400);
    }

    private Http.Response support(Account who, String id) {
        return api.as(who.accessToken()).post("/api/v1/complaints/" + id + "/support/", Map.of());
    }

    private long statusNotices(Account who) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :id AND kind = 'complaint_status'").param("id", who.id())
                .query(Long.class).single();
    }

    private static void assertProblem(Http.Response response, int status, String detailPart) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (detailPart != null) {
            assertThat(response.json().get("detail").asString().toLowerCase()).contains(detailPart);
        }
    }

    private static List<String> ids(JsonNode page) {
        var ids = new ArrayList<String>();
        page.get("results").forEach(result -> ids.add(result.get("id").asString()));
        return ids;
    }
}
