package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard for one ward and some dates, and the report asked for from there. */
class DashboardFiltersPagesTest extends BrowserTest {

    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @Test
    void a_super_admin_narrows_the_dashboard_to_a_ward_and_its_report_covers_the_same_ward_and_dates() {
        file(citizen("DSCC", "12"));
        file(citizen("DSCC", "12"));
        file(citizen("DSCC", "13"), Map.of("ward_number", "13"));
        var page = signedIn(staff("super_admin", "DSCC"));
        page.navigate("/staff/dashboard?lang=en");
        assertThat(page.locator("#kpi-complaints").textContent()).isEqualTo("3");

        page.selectOption("#ward", "DSCC/13");
        var today = LocalDate.now(DHAKA);
        page.fill("#from", today.minusDays(3).toString());
        page.fill("#to", today.toString());
        page.click("main form[role=search] button[type=submit]");
        assertThat(page.url()).containsPattern("ward=DSCC(/|%2F)13");
        assertThat(page.locator("#kpi-complaints").textContent()).isEqualTo("1");
        assertThat(page.locator("#ward-ranking tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("#recent .card").count()).isEqualTo(1);
        assertThat(page.locator("#recent").getAttribute("hx-get")).containsPattern("ward=DSCC(/|%2F)13");
        assertThat(page.locator("#ward").inputValue()).isEqualTo("DSCC/13");
        assertThat(page.locator("#report-scope").textContent()).contains("DSCC 13", today.toString());

        page.selectOption("#reportType", "monthly");
        page.selectOption("#format", "excel");
        page.click("#reports form button[type=submit]");
        assertThat(page.locator("#reports [role=status]").count()).isEqualTo(1);
        assertThat(page.url()).containsPattern("ward=DSCC(/|%2F)13");
        var report = jdbc.sql("SELECT city_corporation || '/' || ward_number || ' ' || period_from || ' ' || period_to FROM reports")
                .query(String.class).single();
        assertThat(report).isEqualTo("DSCC/13 " + today.minusDays(3) + " " + today);

        page.navigate("/staff/dashboard?lang=en&from=" + today.plusDays(1));
        assertThat(page.locator("#kpi-complaints").textContent()).isEqualTo("0");
        page.click("main form[role=search] a");
        assertThat(page.locator("#kpi-complaints").textContent()).isEqualTo("3");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void dates_the_service_refuses_are_named_next_to_their_field_over_the_whole_scopes_figures() {
        file(citizen("DSCC", "12"));
        var page = signedIn(staff("super_admin", "DSCC"));
        var response = page.navigate("/staff/dashboard?lang=en&from=2026-11-20&to=2026-11-01");
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#form-errors").count()).isEqualTo(1);
        assertThat(page.locator("#to-error").textContent()).isNotBlank();
        assertThat(page.locator("#to").inputValue()).isEqualTo("2026-11-01");
        assertThat(page.locator("#kpi-complaints").textContent()).isEqualTo("1");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void an_admin_who_picks_another_ward_sees_no_figures_of_it() {
        file(citizen("DSCC", "12"));
        file(citizen("DSCC", "13"), Map.of("ward_number", "13"));
        var page = signedIn(staff("admin", "DSCC", "12"));
        page.navigate("/staff/dashboard?lang=en&ward=DSCC/13");
        assertThat(page.locator("#kpi-complaints").textContent()).isEqualTo("0");
        assertThat(page.locator("#recent .card").count()).isZero();
        page.navigate("/staff/dashboard?lang=en&ward=DSCC/12");
        assertThat(page.locator("#kpi-complaints").textContent()).isEqualTo("1");
    }

    @Test
    void the_filtered_and_the_refused_dashboard_have_no_serious_accessibility_problems_in_either_language() {
        file(citizen("DSCC", "12"));
        var page = signedIn(staff("super_admin", "DSCC"));
        for (var lang : new String[] {"bn", "en"}) {
            page.navigate("/staff/dashboard?ward=DSCC/12&from=2026-11-01&lang=" + lang);
            axe(page);
            page.navigate("/staff/dashboard?from=yesterday&lang=" + lang);
            assertThat(page.locator("#form-errors").count()).isEqualTo(1);
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }
}
