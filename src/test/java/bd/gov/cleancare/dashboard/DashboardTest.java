package bd.gov.cleancare.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Dashboard figures against hand-computed expectations on a small fixed data set. */
class DashboardTest extends ApiTest {

    static final Instant FILED = Instant.parse("2026-11-10T04:00:00Z");  // 10:00 in Dhaka

    Account superAdmin;
    Account admin12;
    Account citizen12;

    @BeforeEach
    void fourComplaintsInTwoWards() {
        clock.set(FILED.minus(Duration.ofHours(2)));
        superAdmin = staff("super_admin", null);
        admin12 = staff("admin", "DSCC", "12");
        citizen12 = citizen("DSCC", "12");
        var citizen13 = citizen("DSCC", "13");
        clock.set(FILED);
        var c1 = file(citizen12, Map.of("category", "cleanliness", "priority", "high")).get("id").asString();
        var c2 = file(citizen12, Map.of("category", "roads", "priority", "medium")).get("id").asString();
        var c3 = file(citizen12, Map.of("category", "water_supply", "priority", "low")).get("id").asString();
        var c4 = file(citizen13, Map.of("category", "waste_management", "priority", "medium", "ward_number", "13")).get("id").asString();
        move(admin12, c1, "in_progress");
        move(admin12, c2, "in_progress");
        move(superAdmin, c4, "in_progress");
        clock.set(FILED.plus(Duration.ofHours(2)));
        move(admin12, c1, "resolved");
        clock.set(FILED.plus(Duration.ofHours(4)));
        move(superAdmin, c4, "resolved");
        clock.set(FILED.plus(Duration.ofHours(10)));
        move(admin12, c2, "resolved");
        move(citizen12, c3, "cancelled");
        rate(citizen12, c1, 5);
        rate(citizen12, c2, 3);
        rate(citizen13, c4, 4);
    }

    private void move(Account who, String id, String status) {
        assertThat(api.as(who.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", status)).status()).isEqualTo(201);
    }

    private void rate(Account who, String id, int stars) {
        assertThat(api.as(who.accessToken()).post("/api/v1/complaints/" + id + "/rating/", Map.of("rating", stars)).status()).isEqualTo(200);
    }

    private JsonNode get(Account who, String path) {
        var response = api.as(who.accessToken()).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void the_city_kpis_match_the_hand_computed_figures() {
        var kpi = get(superAdmin, "/api/v1/dashboard/kpi/");

        assertThat(kpi.get("complaint_stats").get("total").asInt()).isEqualTo(4);
        var byStatus = kpi.get("complaint_stats").get("by_status");
        assertThat(byStatus.valueStream().filter(s -> s.get("code").asString().equals("resolved")).findFirst().orElseThrow()
                .get("count").asInt()).isEqualTo(3);
        assertThat(byStatus.valueStream().filter(s -> s.get("code").asString().equals("cancelled")).findFirst().orElseThrow()
                .get("count").asInt()).isEqualTo(1);
        assertThat(kpi.get("avg_service_time_hours").decimalValue()).isEqualByComparingTo("5.33");  // (2 + 4 + 10) / 3
        assertThat(kpi.get("resolution_rate").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(kpi.get("citizen_satisfaction").decimalValue()).isEqualByComparingTo("4.00");     // (5 + 3 + 4) / 3
        assertThat(kpi.get("satisfaction_count").asInt()).isEqualTo(3);
        var users = kpi.get("user_stats");
        assertThat(users.get("total_users").asInt()).isEqualTo(2);
        assertThat(users.get("total_admins").asInt()).isEqualTo(1);
        assertThat(users.get("total_super_admins").asInt()).isEqualTo(1);
    }

    @Test
    void the_ward_ranking_has_rates_and_exact_medians() {
        var wards = get(superAdmin, "/api/v1/dashboard/ward-performance/").get("results");

        assertThat(wards.size()).isEqualTo(2);
        var first = wards.get(0);
        assertThat(first.get("ward_number").asString()).isEqualTo("13");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("resolution_rate").decimalValue()).isEqualByComparingTo("1");
        var second = wards.get(1);
        assertThat(second.get("ward_number").asString()).isEqualTo("12");
        assertThat(second.get("total_complaints").asInt()).isEqualTo(3);
        assertThat(second.get("resolved_complaints").asInt()).isEqualTo(2);
        assertThat(second.get("resolution_rate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(second.get("avg_resolution_time").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(second.get("median_resolution_hours").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(second.get("median_estimated").asBoolean()).isFalse();
        assertThat(second.get("ward_name").asString()).contains("১২");
    }

    @Test
    void an_admin_sees_the_same_figures_for_their_wards_only_and_a_citizen_none() {
        var kpi = get(admin12, "/api/v1/dashboard/kpi/");

        assertThat(kpi.get("complaint_stats").get("total").asInt()).isEqualTo(3);
        assertThat(kpi.get("avg_service_time_hours").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(kpi.get("citizen_satisfaction").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(get(admin12, "/api/v1/dashboard/ward-performance/").get("count").asInt()).isEqualTo(1);
        assertThat(get(admin12, "/api/v1/dashboard/kpi/?ward_number=13&city_corporation=DSCC").get("complaint_stats").get("total").asInt()).isZero();
        assertThat(api.as(citizen12.accessToken()).get("/api/v1/dashboard/kpi/").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/dashboard/kpi/").status()).isEqualTo(401);
    }

    @Test
    void dates_narrow_every_figure() {
        assertThat(get(superAdmin, "/api/v1/dashboard/kpi/?from=2026-11-11").get("complaint_stats").get("total").asInt()).isZero();
        assertThat(get(superAdmin, "/api/v1/dashboard/kpi/?from=2026-11-10&to=2026-11-10").get("complaint_stats").get("total").asInt()).isEqualTo(4);
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/dashboard/kpi/?from=10-11-2026").status()).isEqualTo(400);
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/dashboard/kpi/?from=2026-11-12&to=2026-11-10").status()).isEqualTo(400);
    }

    @Test
    void complaint_statistics_break_down_by_category_priority_and_day() {
        var stats = get(superAdmin, "/api/v1/dashboard/complaints-stats/?interval=daily");

        assertThat(stats.get("total").asInt()).isEqualTo(4);
        var categories = stats.get("by_category");
        assertThat(categories.valueStream().filter(c -> c.get("code").asString().equals("roads")).findFirst().orElseThrow().get("count").asInt()).isEqualTo(1);
        assertThat(categories.valueStream().filter(c -> c.get("code").asString().equals("electricity")).findFirst().orElseThrow().get("count").asInt()).isZero();
        assertThat(stats.get("by_priority").valueStream().filter(c -> c.get("code").asString().equals("medium")).findFirst().orElseThrow()
                .get("count").asInt()).isEqualTo(2);
        var day = stats.get("series").get(0);
        assertThat(day.get("period_start").asString()).isEqualTo("2026-11-10");
        assertThat(day.get("received").asInt()).isEqualTo(4);
        assertThat(day.get("resolved").asInt()).isEqualTo(3);
        var ward12 = get(admin12, "/api/v1/dashboard/complaints-stats/?interval=month");
        assertThat(ward12.get("total").asInt()).isEqualTo(3);
        assertThat(ward12.get("series").get(0).get("period_start").asString()).isEqualTo("2026-11-01");
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/dashboard/complaints-stats/?interval=hourly").status()).isEqualTo(400);
    }

    @Test
    void service_time_satisfaction_users_and_recent_complaints() {
        var time = get(superAdmin, "/api/v1/dashboard/service-time/");
        assertThat(time.get("median_resolution_hours").decimalValue()).isEqualByComparingTo("4.00");  // median of 2, 4, 10
        assertThat(time.get("resolved").asInt()).isEqualTo(3);
        var satisfaction = get(superAdmin, "/api/v1/dashboard/satisfaction/");
        assertThat(satisfaction.get("distribution").valueStream().map(d -> d.get("count").asInt())).containsExactly(0, 0, 1, 1, 1);
        var users = get(superAdmin, "/api/v1/dashboard/user-stats/");
        assertThat(users.get("totals").get("total_users").asInt()).isEqualTo(2);
        var recent = get(superAdmin, "/api/v1/dashboard/recent-complaints/?hours=24");
        assertThat(recent.get("complaints").size()).isEqualTo(4);
        assertThat(recent.get("complaints").get(0).get("user").get("phone").asString()).startsWith("+8801");
        assertThat(get(superAdmin, "/api/v1/dashboard/sts-overview/").get("stations").size()).isZero();
    }

    @Test
    void the_financial_figures_sum_payments_by_status_and_method() {
        jdbc.sql("""
                INSERT INTO payments (user_id, service_type, amount, payment_method, phone_number, transaction_id, status, completed_at)
                VALUES (:u, 'holding_tax', 500.00, 'bkash', '+8801711111111', 'T1', 'completed', :now),
                       (:u, 'trade_licence', 300.50, 'nagad', '+8801711111111', 'T2', 'completed', :now),
                       (:u, 'holding_tax', 200.00, 'bkash', '+8801711111111', 'T3', 'pending', NULL)""")
                .param("u", citizen12.id()).param("now", java.sql.Timestamp.from(clock.instant())).update();

        var money = get(superAdmin, "/api/v1/dashboard/financial/");

        assertThat(money.get("total_revenue").decimalValue()).isEqualByComparingTo("800.50");
        assertThat(money.get("pending_amount").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(money.get("monthly_revenue").decimalValue()).isEqualByComparingTo("800.50");
        assertThat(money.get("currency").asString()).isEqualTo("BDT");
        assertThat(money.get("by_method").get(0).get("payment_method").asString()).isEqualTo("bkash");
        assertThat(get(admin12, "/api/v1/dashboard/financial/").get("total_revenue").decimalValue()).isEqualByComparingTo("800.50");
    }
}
