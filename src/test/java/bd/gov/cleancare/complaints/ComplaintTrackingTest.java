package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintTrackingTest extends ApiTest {

    @Test
    void anyone_follows_a_complaint_by_its_number_without_seeing_who_filed_it() {
        var citizen = citizen();
        var admin = staff("admin", "DSCC", "12");
        var complaint = file(citizen, Map.of("description", "আমার বাসার সামনে, ফোন 01711111111"));
        api.as(admin.accessToken()).post("/api/v1/complaints/" + complaint.get("id").asString() + "/updates/",
                Map.of("new_status", "in_progress", "comment", "কর্মী রহিম যাবেন"));
        var number = complaint.get("tracking_number").asString();

        var tracked = api.get("/api/v1/complaints/track/" + number + "/");

        assertThat(tracked.status()).isEqualTo(200);
        var body = tracked.json();
        assertThat(body.get("tracking_number").asString()).isEqualTo(number);
        assertThat(body.get("status_code").asString()).isEqualTo("in_progress");
        assertThat(body.get("timeline").valueStream().map(s -> s.get("status_code").asString())).containsExactly("submitted", "in_progress");
        assertThat(tracked.text()).doesNotContain(citizen.id().toString()).doesNotContain(citizen.phone())
                .doesNotContain("01711111111").doesNotContain("রহিম").doesNotContain("description").doesNotContain("user");
    }

    @Test
    void an_unknown_or_malformed_number_is_404() {
        assertThat(api.get("/api/v1/complaints/track/CC202611269999/").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/complaints/track/%27%20OR%201=1%20--/").status()).isIn(400, 404);
        assertThat(api.get("/api/v1/complaints/track/x/").status()).isEqualTo(404);
    }

    @Test
    void nearby_open_complaints_are_offered_nearest_first() {
        var citizen = citizen();
        file(citizen, Map.of("title", "কাছে", "latitude", 23.80680, "longitude", 90.36870));
        file(citizen, Map.of("title", "একটু দূরে", "latitude", 23.80780, "longitude", 90.36870));
        file(citizen, Map.of("title", "অনেক দূরে", "latitude", 23.85000, "longitude", 90.40000));
        file(citizen, Map.of("title", "অন্য বিষয়", "latitude", 23.80690, "longitude", 90.36870, "category", "roads"));
        var closed = file(citizen, Map.of("title", "বাতিল", "latitude", 23.80681, "longitude", 90.36871));
        api.as(citizen.accessToken()).post("/api/v1/complaints/" + closed.get("id").asString() + "/updates/", Map.of("new_status", "cancelled"));
        var neighbour = citizen();

        var nearby = api.as(neighbour.accessToken()).get("/api/v1/complaints/nearby/?lat=23.8068&lng=90.3687&radius_m=300&category=cleanliness");

        assertThat(nearby.status()).isEqualTo(200);
        var results = nearby.json().get("results");
        assertThat(results.valueStream().map(c -> c.get("title").asString())).containsExactly("কাছে", "একটু দূরে");
        assertThat(results.get(1).get("distance_m").asInt()).isBetween(100, 125);
        assertThat(nearby.text()).doesNotContain(citizen.phone()).doesNotContain("user_id");
        assertThat(api.as(neighbour.accessToken()).get("/api/v1/complaints/nearby/?lat=23.8&lng=90.3&radius_m=50000").status()).isEqualTo(400);
        assertThat(api.as(neighbour.accessToken()).get("/api/v1/complaints/nearby/?lat=51.5&lng=0.1").status()).isEqualTo(400);
        assertThat(api.as(neighbour.accessToken()).get("/api/v1/complaints/nearby/").status()).isEqualTo(400);
    }
}
