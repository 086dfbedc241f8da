package bd.gov.cleancare.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Alerts: who may subscribe to what, who hears of which complaint, the daily SMS digest, the one-tap link and the public feed. */
class AlertsTest extends ApiTest {

    private static final String ALERTS = "/api/v1/alerts/";

    @Autowired
    Alerts alerts;

    private static Map<String, Object> ward(String cc, String ward, Object... more) {
        var body = new HashMap<String, Object>(Map.of("city_corporation", cc, "ward_number", ward, "new_complaints", true,
                "status_changes", true));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> point(double lat, double lng, int radius, Object... more) {
        var body = new HashMap<String, Object>(Map.of("latitude", lat, "longitude", lng, "radius_meters", radius, "new_complaints", true,
                "status_changes", true));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private JsonNode subscribe(Account who, Map<String, Object> body) {
        var response = api.as(who.accessToken()).post(ALERTS, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /** Every after-commit listener (the complaint's notices, the fan-out) has finished. */
    private void eventsSettled() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE coalesce(status, 'PUBLISHED') IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')")
                .query(Long.class).single() == 0);
    }

    private List<String> kinds(Account who) {
        var kinds = new ArrayList<String>();
        api.as(who.accessToken()).get("/api/v1/notifications/").json().get("results").forEach(n -> kinds.add(n.get("kind").asString()));
        return kinds;
    }

    /** The alert digests texted to this citizen (not their sign-up code). */
    private List<String> smsTo(Account who) {
        return sms.sent().stream().filter(s -> s.phone().equals(who.phone())).map(s -> s.text())
                .filter(text -> text.contains("/alerts/unsubscribe/")).toList();
    }

    @Test
    void a_subscription_needs_a_known_ward_or_a_radius_of_100_to_5000_metres_known_categories_and_a_kind() {
        var me = citizen();
        var en = api.as(me.accessToken()).with("Accept-Language", "en");

        var unknownWard = en.post(ALERTS, ward("DSCC", "999"));
        var tooSmall = en.post(ALERTS, point(23.81, 90.41, 99));
        var tooLarge = api.as(me.accessToken()).post(ALERTS, point(23.81, 90.41, 5001));
        var badCategory = en.post(ALERTS, ward("DSCC", "12", "categories", List.of("cleanliness", "noise")));
        var noKind = en.post(ALERTS, ward("DSCC", "12", "new_complaints", false, "status_changes", false));
        var both = en.post(ALERTS, ward("DSCC", "12", "latitude", 23.81, "longitude", 90.41, "radius_meters", 500));
        var nothing = en.post(ALERTS, Map.of("new_complaints", true));

        assertThat(List.of(unknownWard, tooSmall, tooLarge, badCategory, noKind, both, nothing))
                .allSatisfy(r -> {
                    assertThat(r.status()).as(r.toString()).isEqualTo(400);
                    assertThat(r.contentType()).startsWith("application/problem+json");
                });
        assertThat(unknownWard.json().get("errors").has("ward_number")).isTrue();
        assertThat(tooSmall.json().get("errors").get("radius_meters").get(0).asString()).isEqualTo("The radius must be from 100 to 5000 metres.");
        assertThat(tooLarge.json().get("detail").asString()).contains("ব্যাসার্ধ");
        assertThat(badCategory.json().get("errors").has("categories")).isTrue();
        assertThat(noKind.json().get("detail").asString()).isEqualTo("Choose new complaints, status changes, or both.");
        assertThat(both.json().get("errors").has("ward_number")).isTrue();
        assertThat(nothing.json().get("errors").has("ward_number")).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriptions").query(Long.class).single()).isZero();

        var edge = subscribe(me, point(23.81, 90.41, 100, "categories", List.of("roads", "পরিচ্ছন্নতা"), "status_changes", false));
        assertThat(edge.get("radius_meters").asInt()).isEqualTo(100);
        assertThat(edge.get("categories").toString()).isEqualTo("[\"cleanliness\",\"roads\"]");
        assertThat(edge.get("new_complaints").asBoolean()).isTrue();
        assertThat(edge.get("status_changes").asBoolean()).isFalse();
        assertThat(subscribe(me, ward("dscc", "১২")).get("ward_number").asString()).isEqualTo("12");
        assertThat(subscribe(me, point(23.81, 90.41, 5000)).get("radius_meters").asInt()).isEqualTo(5000);
    }

    @Test
    void another_citizen_can_neither_see_nor_delete_my_subscription() {
        var me = citizen();
        var other = citizen();
        var mine = subscribe(me, ward("DSCC", "12")).get("id").asString();

        assertThat(api.as(other.accessToken()).get(ALERTS).json().get("results").size()).isZero();
        assertThat(api.as(other.accessToken()).delete(ALERTS + mine + "/").status()).isEqualTo(404);
        assertThat(api.get(ALERTS).status()).isEqualTo(401);
        assertThat(api.as(me.accessToken()).get(ALERTS).json().get("results").get(0).get("id").asString()).isEqualTo(mine);

        assertThat(api.as(me.accessToken()).delete(ALERTS + mine + "/").status()).isEqualTo(204);
        assertThat(api.as(me.accessToken()).get(ALERTS).json().get("results").size()).isZero();
        assertThat(api.as(me.accessToken()).delete(ALERTS + mine + "/").status()).isEqualTo(404);
    }

    @Test
    void a_new_complaint_reaches_the_subscribers_of_its_ward_or_place_and_category_only() {
        var cleanlinessInWard = citizen();
        var roadsInWard = citizen();
        var otherWard = citizen();
        var statusOnly = citizen();
        var nearby = citizen();
        var far = citizen();
        var filer = citizen();
        subscribe(cleanlinessInWard, ward("DSCC", "12", "categories", List.of("cleanliness")));
        subscribe(roadsInWard, ward("DSCC", "12", "categories", List.of("roads")));
        subscribe(otherWard, ward("DSCC", "13"));
        subscribe(statusOnly, ward("DSCC", "12", "new_complaints", false));
        subscribe(nearby, point(23.7400, 90.3950, 500));
        // about 2.2 km north of the complaint, with a 1 km circle
        subscribe(far, point(23.7600, 90.3950, 1000));
        subscribe(filer, ward("DSCC", "12"));

        var complaint = file(filer, Map.of("latitude", 23.742, "longitude", 90.396));
        eventsSettled();

        assertThat(kinds(cleanlinessInWard)).containsExactly("alert_new");
        assertThat(kinds(nearby)).containsExactly("alert_new");
        assertThat(kinds(roadsInWard)).isEmpty();
        assertThat(kinds(otherWard)).isEmpty();
        assertThat(kinds(statusOnly)).isEmpty();
        assertThat(kinds(far)).isEmpty();
        assertThat(kinds(filer)).doesNotContain("alert_new");
        var told = api.as(nearby.accessToken()).get("/api/v1/notifications/").json().get("results").get(0);
        assertThat(told.get("body").asString()).contains(complaint.get("tracking_number").asString(), "/alerts");
        assertThat(told.get("resource_id").asString()).isEqualTo(complaint.get("id").asString());
    }

    @Test
    void every_in_app_alert_carries_a_stop_link_that_stops_only_my_alerts_behind_it() {
        var follower = citizen();
        var stranger = citizen();
        var filer = citizen();
        var ward = subscribe(follower, ward("DSCC", "12")).get("id").asString();
        var circle = subscribe(follower, point(23.7400, 90.3950, 500, "new_complaints", false)).get("id").asString();
        var elsewhere = subscribe(follower, ward("DSCC", "13")).get("id").asString();
        var strangers = subscribe(stranger, ward("DSCC", "12")).get("id").asString();
        var complaint = file(filer, Map.of("latitude", 23.742, "longitude", 90.396));
        eventsSettled();

        var body = api.as(follower.accessToken()).get("/api/v1/notifications/").json().get("results").get(0).get("body").asString();
        var stop = body.substring(body.indexOf("/alerts/stop/"));
        assertThat(stop).isEqualTo("/alerts/stop/" + complaint.get("id").asString() + "/new");
        var behind = api.as(follower.accessToken()).get("/api/v1" + stop + "/");
        assertThat(behind.status()).as(behind.toString()).isEqualTo(200);
        assertThat(behind.json().get("results")).extracting(a -> a.get("id").asString())
                .as("the circle wants status changes only: it did not send a new-complaint alert").containsExactly(ward);
        assertThat(api.as(follower.accessToken()).get("/api/v1/alerts/stop/" + complaint.get("id").asString() + "/status/")
                .json().get("results")).extracting(a -> a.get("id").asString()).containsExactlyInAnyOrder(ward, circle);

        var stopped = api.as(follower.accessToken()).post("/api/v1" + stop + "/", Map.of());

        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
        assertThat(stopped.json().get("count").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT CAST(id AS text) FROM alert_subscriptions").query(String.class).list())
                .containsExactlyInAnyOrder(circle, elsewhere, strangers);
        assertThat(api.as(follower.accessToken()).post("/api/v1/alerts/stop/" + complaint.get("id").asString() + "/other/", Map.of())
                .status()).isEqualTo(404);
        assertThat(api.post("/api/v1" + stop + "/", Map.of()).status()).as("signed in only").isEqualTo(401);
    }

    @Test
    void a_status_change_reaches_status_subscribers_and_a_hidden_complaint_reaches_nobody() {
        var statusOnly = citizen();
        var newOnly = citizen();
        var filer = citizen();
        var admin = staff("admin", "DSCC", "12");
        subscribe(statusOnly, ward("DSCC", "12", "new_complaints", false));
        subscribe(newOnly, ward("DSCC", "12", "status_changes", false));
        var shown = file(filer).get("id").asString();
        var hidden = file(filer).get("id").asString();
        eventsSettled();
        jdbc.sql("UPDATE complaints SET is_public = FALSE WHERE id = CAST(:id AS uuid)").param("id", hidden).update();

        for (var id : List.of(shown, hidden)) {
            var moved = api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", "in_progress"));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        }
        eventsSettled();

        assertThat(kinds(statusOnly)).containsExactly("alert_status");
        assertThat(api.as(statusOnly.accessToken()).get("/api/v1/notifications/").json().get("results").get(0).get("resource_id").asString())
                .isEqualTo(shown);
        assertThat(kinds(newOnly)).containsExactly("alert_new", "alert_new");
    }

    @Test
    void the_sms_digest_sends_at_most_one_sms_per_subscription_per_day() {
        var follower = citizen();
        var filer = citizen();
        subscribe(follower, ward("DSCC", "12", "sms_digest", true));
        subscribe(follower, ward("DSCC", "13"));
        var first = file(filer).get("tracking_number").asString();
        var second = file(filer).get("tracking_number").asString();
        eventsSettled();

        assertThat(alerts.sendDigests()).isEqualTo(1);
        assertThat(smsTo(follower)).singleElement().satisfies(text -> {
            assertThat(text).contains(first, second, "/alerts/unsubscribe/");
            assertThat(text.length()).isLessThanOrEqualTo(300);
        });

        var third = file(filer).get("tracking_number").asString();
        eventsSettled();
        assertThat(alerts.sendDigests()).isZero();
        assertThat(smsTo(follower)).hasSize(1);

        clock.advance(Duration.ofDays(1));
        assertThat(alerts.sendDigests()).isEqualTo(1);
        assertThat(alerts.sendDigests()).isZero();
        assertThat(smsTo(follower)).hasSize(2);
        assertThat(smsTo(follower).get(1)).contains(third).doesNotContain(first);
    }

    @Test
    void the_unsubscribe_link_works_once_without_login_and_a_tampered_one_is_unknown() {
        var me = citizen();
        var url = subscribe(me, ward("DSCC", "12")).get("unsubscribe_url").asString();
        var token = url.substring(url.lastIndexOf('/') + 1);
        // a character inside the signature (the last one carries padding bits a decoder may ignore)
        var at = token.indexOf('.') + 1;
        var tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        var anonymous = new Http("http://127.0.0.1:" + port);

        assertThat(anonymous.get("/api/v1/alerts/unsubscribe/" + tampered + "/").status()).isEqualTo(404);
        assertThat(anonymous.post("/api/v1/alerts/unsubscribe/" + tampered + "/", Map.of()).status()).isEqualTo(404);
        assertThat(anonymous.post("/api/v1/alerts/unsubscribe/not-a-token/", Map.of()).status()).isEqualTo(404);
        assertThat(api.as(me.accessToken()).get(ALERTS).json().get("results").size()).isEqualTo(1);

        var offer = anonymous.get("/api/v1/alerts/unsubscribe/" + token + "/");
        assertThat(offer.status()).as(offer.toString()).isEqualTo(200);
        assertThat(offer.json().get("ward_number").asString()).isEqualTo("12");
        assertThat(offer.text()).doesNotContain(me.phone());
        var done = anonymous.post("/api/v1/alerts/unsubscribe/" + token + "/", Map.of());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        var again = anonymous.post("/api/v1/alerts/unsubscribe/" + token + "/", Map.of());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(api.as(me.accessToken()).get(ALERTS).json().get("results").size()).isZero();
        assertThat(anonymous.get("/alerts/unsubscribe/" + token).status()).isEqualTo(404);
    }

    @Test
    void the_ward_feed_shows_public_complaints_only_and_no_personal_data() {
        var filer = citizen();
        jdbc.sql("UPDATE users SET name = 'Rahima Khatun', email = 'rahima@example.com' WHERE id = :id").param("id", filer.id()).update();
        var shown = file(filer, Map.of("description", "Call me on 01711-000000"));
        jdbc.sql("UPDATE complaints SET hide_name = FALSE WHERE id = CAST(:id AS uuid)").param("id", shown.get("id").asString()).update();
        var roads = file(filer, Map.of("category", "roads", "title", "ভাঙা রাস্তা"));
        var hidden = file(filer, Map.of("title", "গোপন অভিযোগ"));
        jdbc.sql("UPDATE complaints SET is_public = FALSE WHERE id = CAST(:id AS uuid)").param("id", hidden.get("id").asString()).update();
        var elsewhere = file(filer, Map.of("ward_number", "13"));

        var feed = api.get("/feeds/wards/DSCC/12.atom");

        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        assertThat(feed.header("Cache-Control")).contains("max-age=300", "public");
        assertThat(feed.header("ETag")).isNotBlank();
        assertThat(feed.text()).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"",
                shown.get("tracking_number").asString(), roads.get("tracking_number").asString());
        assertThat(feed.text()).doesNotContain(hidden.get("tracking_number").asString(), "গোপন অভিযোগ",
                elsewhere.get("tracking_number").asString(), "Rahima", "rahima@example.com", filer.phone(), filer.phone().substring(4),
                "01711-000000", filer.id().toString());

        var onlyRoads = api.get("/feeds/wards/DSCC/12.atom?category=roads").text();
        assertThat(onlyRoads).contains(roads.get("tracking_number").asString()).doesNotContain(shown.get("tracking_number").asString());

        var again = api.with("If-None-Match", feed.header("ETag")).get("/feeds/wards/DSCC/12.atom");
        assertThat(again.status()).isEqualTo(304);
        assertThat(api.get("/feeds/wards/DSCC/999.atom").status()).isEqualTo(404);
        assertThat(api.get("/feeds/wards/DSCC/12.atom?category=noise").status()).isEqualTo(400);
    }
}
