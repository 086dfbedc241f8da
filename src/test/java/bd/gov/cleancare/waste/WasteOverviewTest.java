package bd.gov.cleancare.waste;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dashboard's STS overview, and the alert when a station passes 90 % of its capacity. */
class WasteOverviewTest extends WasteFixtures {

    static final Instant TEN_AM = Instant.parse("2026-03-10T04:00:00Z");

    @Test
    void the_overview_shows_each_station_fullest_first_with_clearance_and_todays_tonnes_and_the_totals() {
        clock.set(TEN_AM);
        var superAdmin = staff("super_admin", null);
        var admin12 = wasteAdmin("DSCC", "12");
        var admin13 = wasteAdmin("DSCC", "13");
        var matuail = station(admin12, Map.of("capacity_tonnes", 100));
        var newMarket = station(admin13, Map.of("name", "নিউ মার্কেট এসটিএস", "name_en", "New Market STS", "ward_number", "13",
                "capacity_tonnes", 50, "clearance_interval_hours", 24));
        // Waiting at New Market since yesterday 09:00: its 24 hours ran out an hour ago.
        assertThat(api.as(admin13.accessToken()).post("/api/v1/waste/stations/" + newMarket + "/loads/", Map.of("direction", "arrival",
                "vehicle_number", "DM-TA 7", "tonnes", 20, "logged_at", "2026-03-09T09:00:00+06:00")).status()).isEqualTo(201);
        logged(admin12, matuail, "arrival", 60);
        logged(admin12, matuail, "arrival", 35);
        logged(admin12, matuail, "departure", 3);

        var city = get(superAdmin, "/api/v1/dashboard/sts-overview/");

        assertThat(city.get("station_count").asInt()).isEqualTo(2);
        assertThat(city.get("capacity_tonnes").decimalValue()).isEqualByComparingTo("150");
        assertThat(city.get("load_tonnes").decimalValue()).isEqualByComparingTo("112");
        assertThat(city.get("utilisation_percent").decimalValue()).isEqualByComparingTo("74.7");
        assertThat(city.get("nearly_full_count").asInt()).isEqualTo(1);
        assertThat(city.get("clearance_overdue_count").asInt()).isEqualTo(1);
        assertThat(city.get("arrived_today_tonnes").decimalValue()).isEqualByComparingTo("95");
        assertThat(city.get("departed_today_tonnes").decimalValue()).isEqualByComparingTo("3");
        var fullest = city.get("stations").get(0);
        assertThat(fullest.get("id").asString()).isEqualTo(matuail);
        assertThat(fullest.get("utilisation_percent").decimalValue()).isEqualByComparingTo("92.0");
        assertThat(fullest.get("nearly_full").asBoolean()).isTrue();
        assertThat(fullest.get("clearance_overdue").asBoolean()).isFalse();
        assertThat(fullest.get("last_cleared_at").asString()).isNotBlank();
        assertThat(fullest.get("arrived_today_tonnes").decimalValue()).isEqualByComparingTo("95");
        var waiting = city.get("stations").get(1);
        assertThat(waiting.get("clearance_overdue").asBoolean()).isTrue();
        assertThat(waiting.get("clearance_due_at").asString()).isEqualTo("2026-03-10T03:00:00Z");
        assertThat(waiting.get("arrived_today_tonnes").decimalValue()).isEqualByComparingTo("0");

        assertThat(get(admin12, "/api/v1/dashboard/sts-overview/").get("stations").valueStream().map(s -> s.get("id").asString()))
                .containsExactly(matuail);
        assertThat(get(superAdmin, "/api/v1/dashboard/sts-overview/?ward_number=13").get("station_count").asInt()).isEqualTo(1);
        assertThat(api.as(citizen().accessToken()).get("/api/v1/dashboard/sts-overview/").status()).isEqualTo(403);
        assertThat(get(staff("admin", "DSCC", "12"), "/api/v1/dashboard/sts-overview/").get("station_count").asInt()).isZero();
        clock.advance(Duration.ofHours(25));
        superAdmin = login(superAdmin.phone(), PASSWORD);
        assertThat(get(superAdmin, "/api/v1/dashboard/sts-overview/").get("clearance_overdue_count").asInt()).isEqualTo(2);
    }

    @Test
    void passing_ninety_percent_alerts_the_wards_waste_staff_and_super_admins_once_per_crossing() {
        var superAdmin = staff("super_admin", null);
        var admin12 = wasteAdmin("DSCC", "12");
        var admin13 = wasteAdmin("DSCC", "13");
        var station = station(admin12, Map.of("capacity_tonnes", 100));

        logged(admin12, station, "arrival", 85);
        logged(admin12, station, "arrival", 5);   // 90 %: crossed
        logged(admin12, station, "arrival", 4);   // 94 %: still above, no new alert
        await().atMost(Duration.ofSeconds(10)).until(() -> alerts(admin12.id()) == 1);
        clock.advance(Duration.ofMinutes(1));
        logged(admin12, station, "departure", 30);
        logged(admin12, station, "arrival", 29);  // 93 %: crossed again

        await().atMost(Duration.ofSeconds(10)).until(() -> alerts(admin12.id()) == 2 && alerts(superAdmin.id()) == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM event_publication").query(Long.class).single() == 0);
        assertThat(alerts(admin12.id())).isEqualTo(2);
        assertThat(alerts(admin13.id())).isZero();
        var title = jdbc.sql("SELECT title FROM notifications WHERE user_id = :id AND kind = 'sts_nearly_full' LIMIT 1")
                .param("id", admin12.id()).query(String.class).single();
        assertThat(title).isEqualTo("বর্জ্য স্থানান্তর কেন্দ্র প্রায় পূর্ণ: মাতুয়াইল এসটিএস");
        var alert = get(admin12, "/api/v1/notifications/").get("results").get(0);
        assertThat(alert.get("resource_id").asString()).isEqualTo(station);
        assertThat(alert.get("body").asString()).contains("93%", "মাতুয়াইল").doesNotContain("null");
    }

    private long alerts(UUID user) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :id AND kind = 'sts_nearly_full'").param("id", user)
                .query(Long.class).single();
    }
}
