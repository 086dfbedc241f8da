package bd.gov.cleancare.donations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DonationsTest extends ApiTest {

    private String project(Account superAdmin) {
        var created = api.as(superAdmin.accessToken()).post("/api/v1/donations/projects/", Map.of("title", "বুড়িগঙ্গা পরিষ্কার অভিযান",
                "title_en", "Buriganga clean-up", "description", "নদীর তীর পরিষ্কার ও বর্জ্য অপসারণ", "target_amount", "500000.00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode donate(Account who, String projectId, String amount) {
        var response = api.as(who.accessToken()).post("/api/v1/donations/", Map.of("project_id", projectId, "amount", amount,
                "payment_method", "bkash", "message", "শুভকামনা"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private void pay(JsonNode donation, boolean confirm) {
        var page = URI.create(donation.get("redirect_url").asString()).getPath();
        var back = URI.create(api.raw("POST", page + (confirm ? "confirm/" : "cancel/"), "application/x-www-form-urlencoded", new byte[0])
                .header("Location"));
        api.get(back.getRawPath() + "?" + back.getRawQuery());
        api.get(back.getRawPath() + "?" + back.getRawQuery());  // the gateway sends the browser back twice
    }

    private JsonNode projectOf(String id) {
        return api.get("/api/v1/donations/projects/" + id + "/").json();
    }

    @Test
    void a_completed_donation_counts_once_toward_the_project_and_a_cancelled_one_not_at_all() throws Exception {
        var superAdmin = staff("super_admin", null);
        var projectId = project(superAdmin);
        var citizen = citizen();

        var first = donate(citizen, projectId, "1000.50");
        var second = donate(citizen, projectId, "250");
        assertThat(first.get("status").asString()).isEqualTo("pending");
        assertThat(first.get("receipt_number").asString()).matches("CCD-\\d{4}-\\d{7}");
        pay(first, true);
        pay(second, false);

        await().atMost(Duration.ofSeconds(10)).until(() -> projectOf(projectId).get("donor_count").asInt() == 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3)).until(() ->
                projectOf(projectId).get("raised_amount").decimalValue().compareTo(new java.math.BigDecimal("1000.50")) == 0);
        var mine = api.as(citizen.accessToken()).get("/api/v1/donations/").json().get("results");
        assertThat(mine.valueStream().map(d -> d.get("status").asString())).containsExactlyInAnyOrder("completed", "failed");
        var receipt = api.as(citizen.accessToken()).get("/api/v1/donations/" + first.get("id").asString() + "/receipt/");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.contentType()).startsWith("application/pdf");
        assertThat(api.as(citizen.accessToken()).get("/api/v1/donations/" + second.get("id").asString() + "/receipt/").status()).isEqualTo(409);
    }

    @Test
    void many_donations_completing_at_once_add_up_exactly() throws Exception {
        var superAdmin = staff("super_admin", null);
        var projectId = project(superAdmin);
        var donors = java.util.stream.IntStream.range(0, 8).mapToObj(i -> citizen()).toList();
        var donations = donors.stream().map(d -> donate(d, projectId, "10.10")).toList();

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var done = donations.stream().map(d -> pool.submit(() -> pay(d, true))).toList();
            for (var f : done) {
                f.get();
            }
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> projectOf(projectId).get("donor_count").asInt() == 8);
        assertThat(projectOf(projectId).get("raised_amount").decimalValue()).isEqualByComparingTo("80.80");
    }

    @Test
    void projects_are_public_to_read_and_only_staff_with_the_permission_manage_them() {
        var superAdmin = staff("super_admin", null);
        var projectId = project(superAdmin);
        var citizen = citizen();

        assertThat(api.get("/api/v1/donations/projects/").json().get("count").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/donations/projects/", Map.of("title", "x")).status()).isEqualTo(401);
        assertThat(api.put("/api/v1/donations/projects/" + projectId + "/", Map.of("title", "x")).status()).isEqualTo(401);
        assertThat(api.as(citizen.accessToken()).post("/api/v1/donations/projects/", Map.of("title", "x", "description", "y",
                "target_amount", 10)).status()).isEqualTo(403);
        assertThat(api.as(superAdmin.accessToken()).post("/api/v1/donations/projects/", Map.of("title", "x", "description", "y",
                "target_amount", -5)).json().get("errors").has("target_amount")).isTrue();
        var closed = api.as(superAdmin.accessToken()).put("/api/v1/donations/projects/" + projectId + "/", Map.of("title", "বন্ধ",
                "description", "শেষ", "target_amount", 100, "is_active", false));
        assertThat(closed.status()).isEqualTo(200);
        var refused = api.as(citizen.accessToken()).post("/api/v1/donations/", Map.of("project_id", projectId, "amount", 100, "payment_method", "bkash"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").has("project_id")).isTrue();
    }
}
