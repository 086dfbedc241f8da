package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Collection rounds set, paused and removed from the staff console by the ward's admins only. */
class SchedulePagesTest extends BrowserTest {

    @Test
    void a_ward_admin_sets_a_round_that_citizens_of_the_ward_see_then_pauses_and_deletes_it() {
        var citizen = citizen("DSCC", "12");
        var page = signedIn(wasteAdmin("12"));
        page.click("nav a[href='/staff/schedules']");
        page.navigate("/staff/schedules?lang=en");
        page.click("#new-schedule");
        fill(page);
        page.click("#schedule-form button[type=submit]");
        page.waitForURL(url -> url.matches(".*/staff/schedules/[0-9a-f-]{36}$"));
        assertThat(page.locator("main [role=status]").textContent()).contains("saved");
        assertThat(page.locator("#day-saturday").isChecked()).isTrue();
        assertThat(page.locator("#day-tuesday").isChecked()).isTrue();
        assertThat(page.locator("#day-monday").isChecked()).isFalse();
        assertThat(page.locator("#next-collection").count()).isEqualTo(1);
        assertThat(rounds(citizen)).contains("মিরপুর ১০, ব্লক সি");

        page.uncheck("#isActive");
        page.click("#schedule-form button[type=submit]");
        page.navigate("/staff/schedules?lang=en");
        assertThat(page.locator("#schedule-list tbody").textContent()).contains("Paused", "Saturday, Tuesday", "07:00–09:00");
        assertThat(rounds(citizen)).doesNotContain("মিরপুর ১০, ব্লক সি");

        page.click("#schedule-list a");
        page.click("#delete");
        assertThat(page.locator("main [role=status]").textContent()).contains("deleted");
        assertThat(page.locator("#schedule-list").count()).isZero();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_round_without_days_is_refused_next_to_the_days_and_another_wards_admin_may_not_touch_it() {
        var page = signedIn(wasteAdmin("12"));
        page.navigate("/staff/schedules/new?lang=en");
        fill(page);
        page.uncheck("#day-saturday");
        page.uncheck("#day-tuesday");
        var refused = page.waitForResponse(r -> r.url().endsWith("/staff/schedules"), () -> page.click("#schedule-form button[type=submit]"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(page.locator("#daysOfWeek-error").textContent()).isNotBlank();
        assertThat(page.locator("#area").inputValue()).isEqualTo("মিরপুর ১০, ব্লক সি");
        page.check("#day-friday");
        page.click("#schedule-form button[type=submit]");
        page.waitForURL(url -> url.matches(".*/staff/schedules/[0-9a-f-]{36}$"));
        var round = page.url().substring(page.url().indexOf("/staff/"));

        var other = signedIn(wasteAdmin("13"));
        assertThat(other.navigate(round).status()).isEqualTo(403);
        other.navigate("/staff/schedules/new?lang=en");
        fill(other);
        var forbidden = other.waitForResponse(r -> r.url().endsWith("/staff/schedules"), () -> other.click("#schedule-form button[type=submit]"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM collection_schedules").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_schedule_pages_have_no_serious_accessibility_problems_in_either_language() {
        var page = signedIn(wasteAdmin("12"));
        page.navigate("/staff/schedules/new");
        fill(page);
        page.click("#schedule-form button[type=submit]");
        page.waitForURL(url -> url.matches(".*/staff/schedules/[0-9a-f-]{36}$"));
        var round = page.url().substring(page.url().indexOf("/staff/"));
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/staff/schedules", "/staff/schedules/new", round}) {
                page.navigate(path + "?lang=" + lang);
                axe(page);
            }
            page.navigate("/staff/schedules/new?lang=" + lang);
            page.click("#schedule-form button[type=submit]");
            assertThat(page.locator("#form-errors").count()).isEqualTo(1);
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }

    private static void fill(Page page) {
        page.selectOption("#ward", "DSCC/12");
        page.fill("#area", "মিরপুর ১০, ব্লক সি");
        page.check("#day-saturday");
        page.check("#day-tuesday");
        page.fill("#startsAt", "07:00");
        page.fill("#endsAt", "09:00");
        page.selectOption("#wasteType", "household");
    }

    private String rounds(Account citizen) {
        return api.as(citizen.accessToken()).get("/api/v1/waste/schedules/").text();
    }

    private Account wasteAdmin(String ward) {
        var admin = staff("admin", "DSCC", ward);
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                VALUES (:id, 'waste', 'waste', :wards, 'DSCC', TRUE, TRUE, TRUE, TRUE)""")
                .param("id", admin.id()).param("wards", new String[] {ward}).update();
        return admin;
    }
}
