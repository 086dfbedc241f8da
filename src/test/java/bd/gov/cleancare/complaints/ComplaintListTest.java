package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintListTest extends ApiTest {

    @Test
    void staff_filter_search_order_and_page_the_queue() {
        var citizen = citizen();
        var admin = staff("super_admin", null);
        file(citizen, Map.of("title", "ড্রেন উপচে পড়ছে", "category", "cleanliness", "priority", "low"));
        clock.advance(Duration.ofMinutes(1));
        var water = file(citizen, Map.of("title", "পানি নেই", "category", "water_supply", "priority", "high", "ward_number", "13"));
        clock.advance(Duration.ofMinutes(1));
        file(citizen, Map.of("title", "Broken street light", "category", "electricity", "priority", "medium", "location", "Dhanmondi 27"));
        var as = api.as(admin.accessToken());
        api.as(admin.accessToken()).post("/api/v1/complaints/" + water.get("id").asString() + "/updates/", Map.of("new_status", "in_progress"));

        assertThat(titles(as.get("/api/v1/complaints/"))).containsExactly("Broken street light", "পানি নেই", "ড্রেন উপচে পড়ছে");
        assertThat(titles(as.get("/api/v1/complaints/?status=in_progress"))).containsExactly("পানি নেই");
        assertThat(titles(as.get("/api/v1/complaints/?status=" + enc("প্রক্রিয়াধীন")))).containsExactly("পানি নেই");
        assertThat(titles(as.get("/api/v1/complaints/?category=electricity"))).containsExactly("Broken street light");
        assertThat(titles(as.get("/api/v1/complaints/?priority=high"))).containsExactly("পানি নেই");
        assertThat(titles(as.get("/api/v1/complaints/?ward_number=13&city_corporation=DSCC"))).containsExactly("পানি নেই");
        assertThat(titles(as.get("/api/v1/complaints/?search=" + enc("ড্রেন")))).containsExactly("ড্রেন উপচে পড়ছে");
        assertThat(titles(as.get("/api/v1/complaints/?search=dhanmondi"))).containsExactly("Broken street light");
        assertThat(titles(as.get("/api/v1/complaints/?search=" + water.get("tracking_number").asString()))).containsExactly("পানি নেই");
        assertThat(titles(as.get("/api/v1/complaints/?ordering=priority"))).containsExactly("পানি নেই", "Broken street light", "ড্রেন উপচে পড়ছে");
        assertThat(titles(as.get("/api/v1/complaints/?ordering=created_at"))).containsExactly("ড্রেন উপচে পড়ছে", "পানি নেই", "Broken street light");
        var today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Dhaka")));
        assertThat(titles(as.get("/api/v1/complaints/?created_from=" + today + "&created_to=" + today))).hasSize(3);
        assertThat(titles(as.get("/api/v1/complaints/?created_to=" + today.minusDays(1)))).isEmpty();
        var paged = as.get("/api/v1/complaints/?page_size=2&page=2").json();
        assertThat(paged.get("count").asInt()).isEqualTo(3);
        assertThat(paged.get("results").size()).isEqualTo(1);
        assertThat(paged.get("previous").asString()).contains("page_size=2");
    }

    @Test
    void list_items_carry_codes_update_count_and_rating_and_bad_filters_are_400() {
        var citizen = citizen();
        file(citizen);
        var as = api.as(citizen.accessToken());

        var item = as.get("/api/v1/complaints/").json().get("results").get(0);

        assertThat(item.get("status_code").asString()).isEqualTo("submitted");
        assertThat(item.get("category_code").asString()).isEqualTo("cleanliness");
        assertThat(item.get("update_count").asInt()).isZero();
        assertThat(item.has("thumbnail_url")).isTrue();
        assertThat(item.has("rating")).isTrue();
        assertThat(as.get("/api/v1/complaints/?status=done").status()).isEqualTo(400);
        assertThat(as.get("/api/v1/complaints/?ordering=password").status()).isEqualTo(400);
        assertThat(as.get("/api/v1/complaints/?assigned_to=nobody").status()).isEqualTo(400);
        assertThat(as.get("/api/v1/complaints/?created_from=yesterday").status()).isEqualTo(400);
    }

    private static java.util.List<String> titles(bd.gov.cleancare.support.Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("results").valueStream().map(c -> c.get("title").asString()).toList();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
