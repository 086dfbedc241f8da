package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Trucks logged at a transfer station from the staff console by the ward's people only. */
class StationPagesTest extends BrowserTest {

    @Test
    void a_service_provider_of_the_ward_logs_an_arrival_and_a_departure_larger_than_the_load_is_refused() {
        var station = station();
        var page = signedIn(wasteStaff("service_provider", "12"));
        page.click("nav a[href='/staff/stations']");
        page.navigate("/staff/stations?lang=en");
        page.click("#station-list a");
        assertThat(page.locator("#load-log").count()).isZero();

        page.selectOption("#direction", "arrival");
        page.fill("#vehicleNumber", "ঢাকা মেট্রো-ট ১১-২২৩৩");
        page.fill("#tonnes", "১২.৫");
        page.click("#load-form button[type=submit]");
        assertThat(page.locator("main [role=status]").textContent()).contains("logged");
        assertThat(page.locator("#station-load").textContent()).isEqualTo("12.5");
        assertThat(page.locator("#load-log tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("#load-log").textContent()).contains("Arrived");
        assertThat(load(station)).isEqualByComparingTo("12.5");

        page.selectOption("#direction", "departure");
        page.fill("#vehicleNumber", "DM-TA 11-2233");
        page.fill("#tonnes", "20");
        var refused = page.waitForResponse(r -> r.url().endsWith("/loads"), () -> page.click("#load-form button[type=submit]"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(page.locator("#form-errors").textContent()).isNotBlank();
        assertThat(page.locator("#tonnes").inputValue()).isEqualTo("20");
        assertThat(load(station)).isEqualByComparingTo("12.5");

        page.fill("#tonnes", "many");
        page.click("#load-form button[type=submit]");
        assertThat(page.locator("#tonnes-error").textContent()).isNotBlank();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void staff_of_another_ward_may_neither_read_the_log_nor_log_a_load() {
        var station = station();
        var page = signedIn(wasteStaff("admin", "13"));
        assertThat(page.navigate("/staff/stations/" + station).status()).isEqualTo(403);
        assertThat(page.navigate("/staff/stations?lang=en").status()).isEqualTo(200);
        assertThat(page.locator("#station-list tbody tr").count()).isEqualTo(1);
    }

    @Test
    void the_station_pages_have_no_serious_accessibility_problems_in_either_language() {
        var station = station();
        var page = signedIn(wasteStaff("admin", "12"));
        for (var lang : new String[] {"bn", "en"}) {
            page.navigate("/staff/stations?lang=" + lang);
            axe(page);
            page.navigate("/staff/stations/" + station + "?lang=" + lang);
            page.click("#load-form button[type=submit]");
            assertThat(page.locator("#form-errors").count()).isEqualTo(1);
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }

    private String station() {
        var admin = wasteStaff("admin", "12");
        var created = api.as(admin.accessToken()).post("/api/v1/waste/stations/", Map.of("name", "মাতুয়াইল এসটিএস", "name_en", "Matuail STS",
                "ward_number", "12", "city_corporation", "DSCC", "location", "মাতুয়াইল, যাত্রাবাড়ী", "capacity_tonnes", 100,
                "opens_at", "06:00", "closes_at", "22:00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Staff of the ward who may keep its waste records. */
    private Account wasteStaff(String type, String ward) {
        var member = staff(type, "DSCC", ward);
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                VALUES (:id, 'waste', 'waste', :wards, 'DSCC', TRUE, TRUE, TRUE, TRUE)""")
                .param("id", member.id()).param("wards", new String[] {ward}).update();
        return member;
    }

    private BigDecimal load(String station) {
        return jdbc.sql("SELECT current_load_tonnes FROM transfer_stations WHERE id = :id").param("id", UUID.fromString(station))
                .query(BigDecimal.class).single();
    }
}
