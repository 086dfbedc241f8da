package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.platform.jobs.JobQueue;
import bd.gov.cleancare.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff console in the browser: the queue, one complaint moved on, emergencies on top, the dashboard. */
class StaffConsolePagesTest extends BrowserTest {

    @Autowired
    JobQueue jobs;

    @Test
    void an_admin_sees_and_moves_on_the_complaints_of_their_ward_only() {
        var citizen = citizen("DSCC", "12");
        var ours = file(citizen, Map.of("title", "ওয়ার্ড ১২-এর ময়লা"));
        var theirs = file(citizen("DSCC", "13"), Map.of("title", "ওয়ার্ড ১৩-এর ময়লা", "ward_number", "13"));
        var admin = staff("admin", "DSCC", "12");

        var page = signedIn(admin);
        page.click("nav a[href='/staff']");
        assertThat(page.locator("main table").textContent()).contains("ওয়ার্ড ১২-এর ময়লা").doesNotContain("ওয়ার্ড ১৩-এর ময়লা");

        var missing = page.navigate("/staff/complaints/" + theirs.get("id").asString());
        assertThat(missing.status()).isEqualTo(404);

        page.navigate("/staff?status=submitted&search=" + java.net.URLEncoder.encode("১২", java.nio.charset.StandardCharsets.UTF_8));
        page.click("main table a");
        page.selectOption("#status", "in_progress");
        assertThat(page.locator("#assignedTo option").allTextContents()).anyMatch(text -> text.contains(admin.phone().substring(10)));
        page.selectOption("#assignedTo", admin.id().toString());
        page.fill("#comment", "দল পাঠানো হয়েছে");
        page.click("main form button[type=submit]");
        page.waitForURL(base() + "/staff/complaints/" + ours.get("id").asString());
        assertThat(page.locator("main [role=status]").count()).isEqualTo(1);
        assertThat(page.locator("#current-status").textContent()).isEqualTo("প্রক্রিয়াধীন");
        assertThat(page.locator(".timeline").textContent()).contains("দল পাঠানো হয়েছে");

        var seenByCitizen = api.as(citizen.accessToken()).get("/api/v1/complaints/" + ours.get("id").asString() + "/");
        assertThat(seenByCitizen.json().get("status_code").asString()).isEqualTo("in_progress");
        assertThat(seenByCitizen.json().get("assigned_to").asString()).isEqualTo(admin.id().toString());
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_queue_shows_deadlines_and_support_and_puts_the_most_supported_first_when_asked() {
        var admin = staff("admin", "DSCC", "12");
        var owner = citizen();
        file(owner, Map.of("title", "Quiet one"));
        var loud = file(owner, Map.of("title", "Loud one")).get("id").asString();
        file(owner, Map.of("title", "Newest one"));
        assertThat(api.as(citizen().accessToken()).post("/api/v1/complaints/" + loud + "/support/", Map.of()).status()).isEqualTo(200);
        var page = signedIn(admin);

        page.navigate("/staff?lang=en");
        page.selectOption("#ordering", "-support_count");
        page.click("form.filters button[type=submit]");

        var first = page.locator("main table tbody tr").first().textContent();
        assertThat(first).contains("Loud one").contains("Due in");
        assertThat(page.url()).contains("ordering=-support_count");
        page.navigate("/staff/complaints/" + loud + "?lang=en");
        assertThat(page.locator("#deadline").textContent()).contains("Due in");
        assertThat(page.locator("#support-count").textContent()).contains("1");
        axe(page);
    }

    @Test
    void a_citizen_is_refused_the_staff_console() {
        var page = signedIn(citizen());
        assertThat(page.locator("nav a[href='/staff']").count()).isZero();
        var response = page.navigate("/staff");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.navigate("/staff/dashboard").status()).isEqualTo(403);
    }

    @Test
    void a_service_provider_has_the_queue_but_not_the_dashboard() {
        var page = signedIn(staff("service_provider", "DSCC", "12"));
        assertThat(page.locator("nav a[href='/staff']").count()).isEqualTo(1);
        assertThat(page.locator("nav a[href='/staff/dashboard']").count()).isZero();
        assertThat(page.navigate("/staff").status()).isEqualTo(200);
        assertThat(page.navigate("/staff/dashboard").status()).isEqualTo(403);
    }

    @Test
    void a_filter_the_service_refuses_is_named_next_to_its_field() {
        var page = signedIn(staff("admin", "DSCC", "12"));
        var response = page.navigate("/staff?status=lost&lang=en");
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#form-errors").count()).isEqualTo(1);
        assertThat(page.locator("#status-error").textContent()).isNotBlank();
        assertThat(page.locator("#emergencies").count()).isEqualTo(1);
    }

    @Test
    void open_emergencies_come_first_and_are_moved_on_from_their_page() {
        file(citizen("DSCC", "12"));
        raiseEmergency(citizen("DSCC", "12"));
        var page = signedIn(staff("admin", "DSCC", "12"));
        page.navigate("/staff?lang=en");
        assertThat(page.locator("main section").first().getAttribute("id")).isEqualTo("emergencies");
        assertThat(page.locator("#emergencies").getAttribute("hx-trigger")).isEqualTo("every 10s");
        assertThat(page.locator("#emergencies .card").count()).isEqualTo(1);
        assertThat(page.locator("#emergencies").textContent()).contains("Fire", "Road 5");

        page.click("#emergencies a");
        page.selectOption("#status", "resolved");
        page.fill("#note", "Fire service arrived");
        page.click("main form button[type=submit]");
        assertThat(page.locator("#current-status").textContent()).isEqualTo("Resolved");
        page.navigate("/staff/emergencies/open");
        assertThat(page.locator("#emergencies .card").count()).isZero();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_new_emergency_appears_on_an_open_queue_without_reloading() {
        var page = signedIn(staff("admin", "DSCC", "12"));
        page.navigate("/staff");
        assertThat(page.locator("#emergencies .card").count()).isZero();
        raiseEmergency(citizen("DSCC", "12"));
        // htmx polls every ten seconds
        page.waitForSelector("#emergencies .card", new Page.WaitForSelectorOptions().setTimeout(25_000));
        assertThat(page.locator("#emergencies").getAttribute("hx-trigger")).isEqualTo("every 10s");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_super_admin_sees_the_dashboards_figures_chart_and_asks_for_a_report() {
        file(citizen("DSCC", "12"));
        file(citizen("DSCC", "13"), Map.of("ward_number", "13", "category", "roads"));
        raiseEmergency(citizen("DSCC", "12"));
        var page = signedIn(staff("super_admin", "DSCC"));
        page.click("nav a[href='/staff/dashboard']");
        page.navigate("/staff/dashboard?lang=en");
        assertThat(page.locator("#kpi-complaints").textContent()).isEqualTo("2");
        assertThat(page.locator("#kpi-emergencies").textContent()).isEqualTo("1");
        assertThat(page.locator("#ward-ranking tbody tr").count()).isEqualTo(2);
        assertThat(page.locator("#recent").getAttribute("hx-trigger")).isEqualTo("every 15s");
        assertThat(page.locator("#recent .card").count()).isEqualTo(2);
        page.waitForSelector("#status-chart[data-drawn=true]");
        page.waitForSelector("#category-chart[data-drawn=true]");
        // submitted, in progress, resolved, cancelled, re-opened
        assertThat(page.locator("#status-chart").getAttribute("data-values")).isEqualTo("2|0|0|0|0");
        assertThat(page.locator("#kpi-reopened").textContent()).isEqualTo("0");

        page.selectOption("#reportType", "weekly");
        page.selectOption("#format", "excel");
        page.click("#reports form button[type=submit]");
        assertThat(page.locator("#reports [role=status]").count()).isEqualTo(1);
        assertThat(page.locator("#report-list li").count()).isEqualTo(1);
        assertThat(page.locator("#report-list").textContent()).contains("Last 7 days", "Excel");

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            jobs.runNext();
            return jdbc.sql("SELECT status FROM reports").query(String.class).single().equals("completed");
        });
        page.navigate("/staff/dashboard/recent?lang=en");
        assertThat(page.locator("#recent .card").count()).isEqualTo(2);
        page.navigate("/staff/dashboard?lang=en");
        var download = page.locator("#report-list a[download]");
        assertThat(download.getAttribute("href")).endsWith(".xlsx");
        assertThat(page.request().get(download.getAttribute("href")).status()).isEqualTo(200);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void an_admins_dashboard_counts_only_their_wards() {
        file(citizen("DSCC", "12"));
        file(citizen("DSCC", "13"), Map.of("ward_number", "13"));
        var page = signedIn(staff("admin", "DSCC", "12"));
        page.click("nav a[href='/staff/dashboard']");
        assertThat(page.locator("#kpi-complaints").textContent()).isEqualTo("১");
        assertThat(page.locator("#ward-ranking tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("#ward-ranking tbody").textContent()).contains("DSCC ১২");
        assertThat(page.locator("#recent .card").count()).isEqualTo(1);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_staff_pages_have_no_serious_accessibility_problems_in_either_language() {
        var filed = file(citizen("DSCC", "12"));
        var emergency = raiseEmergency(citizen("DSCC", "12"));
        var page = signedIn(staff("super_admin", "DSCC"));
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/staff", "/staff/complaints/" + filed.get("id").asString(),
                    "/staff/emergencies/" + emergency.get("id").asString(), "/staff/dashboard"}) {
                page.navigate(path + "?lang=" + lang);
                axe(page);
            }
            page.navigate("/staff/complaints/" + filed.get("id").asString() + "?lang=" + lang);
            page.click("main form button[type=submit]");
            assertThat(page.locator("#form-errors").count()).isEqualTo(1);
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }

    private tools.jackson.databind.JsonNode raiseEmergency(Account citizen) {
        var raised = api.as(citizen.accessToken()).post("/api/v1/emergency/", Map.of("emergency_type", "fire",
                "description", "Smoke from a shop", "location", "Road 5", "city_corporation", "DSCC", "ward_number", "12"));
        assertThat(raised.status()).as(raised.toString()).isIn(200, 201);
        return raised.json();
    }
}
