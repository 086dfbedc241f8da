package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** City calendar entries written, changed and cancelled from the staff console, in the admin's wards only. */
class CalendarManagementPagesTest extends BrowserTest {

    private static final LocalDate TOMORROW = LocalDate.now(ZoneId.of("Asia/Dhaka")).plusDays(1);

    @Test
    void a_ward_admin_schedules_a_meeting_that_the_wards_citizens_see_turns_it_into_a_holiday_and_cancels_it() {
        var citizen = citizen("DSCC", "12");
        var page = signedIn(calendarAdmin("12"));
        page.click("nav a[href='/staff/calendar']");
        page.navigate("/staff/calendar?lang=en");
        page.click("#new-event");
        fill(page, "12");
        page.click("#event-form button[type=submit]");
        page.waitForURL(url -> url.matches(".*/staff/calendar/[0-9a-f-]{36}$"));
        assertThat(page.locator("main [role=status]").textContent()).contains("saved");
        assertThat(page.locator("#startTime").inputValue()).isEqualTo("10:00");
        assertThat(events(citizen)).contains("ওয়ার্ড সভা");

        page.selectOption("#category", "holiday");
        var refused = page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.click("#event-form button[type=submit]"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(page.locator("#form-errors").count()).isEqualTo(1);
        page.check("#allDay");
        page.click("#event-form button[type=submit]");
        assertThat(page.locator("main [role=status]").count()).isEqualTo(1);
        assertThat(page.locator("#allDay").isChecked()).isTrue();
        assertThat(page.locator("#startTime").inputValue()).isEmpty();

        page.click("#cancel");
        assertThat(page.locator("main [role=status]").textContent()).contains("cancelled");
        assertThat(page.locator("#event-list tbody").textContent()).contains("Cancelled", "Holiday");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void an_admin_of_another_ward_may_neither_open_nor_write_the_wards_entries_nor_write_for_the_whole_city() {
        var ours = signedIn(calendarAdmin("12"));
        ours.navigate("/staff/calendar/new?lang=en");
        fill(ours, "12");
        ours.click("#event-form button[type=submit]");
        ours.waitForURL(url -> url.matches(".*/staff/calendar/[0-9a-f-]{36}$"));
        var entry = ours.url().substring(ours.url().indexOf("/staff/"));

        var theirs = signedIn(calendarAdmin("13"));
        assertThat(theirs.navigate(entry).status()).isEqualTo(403);
        theirs.navigate("/staff/calendar/new?lang=en");
        fill(theirs, "12");
        var forbidden = theirs.waitForResponse(r -> r.request().method().equals("POST"), () -> theirs.click("#event-form button[type=submit]"));
        assertThat(forbidden.status()).isEqualTo(403);
        theirs.selectOption("#cityCorporation", "");
        theirs.fill("#wards", "");
        var citywide = theirs.waitForResponse(r -> r.request().method().equals("POST"), () -> theirs.click("#event-form button[type=submit]"));
        assertThat(citywide.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_events").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_calendar_pages_have_no_serious_accessibility_problems_in_either_language() {
        var page = signedIn(staff("super_admin", "DSCC"));
        page.navigate("/staff/calendar/new");
        fill(page, "12");
        page.click("#event-form button[type=submit]");
        page.waitForURL(url -> url.matches(".*/staff/calendar/[0-9a-f-]{36}$"));
        var entry = page.url().substring(page.url().indexOf("/staff/"));
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/staff/calendar", "/staff/calendar/new", entry}) {
                page.navigate(path + "?lang=" + lang);
                axe(page);
            }
            page.navigate("/staff/calendar/new?lang=" + lang);
            page.click("#event-form button[type=submit]");
            assertThat(page.locator("#form-errors").count()).isEqualTo(1);
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }

    private static void fill(Page page, String ward) {
        page.fill("#title", "ওয়ার্ড সভা");
        page.selectOption("#category", "meeting");
        page.fill("#startDate", TOMORROW.toString());
        page.fill("#startTime", "10:00");
        page.fill("#endDate", TOMORROW.toString());
        page.fill("#endTime", "12:00");
        page.selectOption("#cityCorporation", "DSCC");
        page.fill("#wards", ward);
    }

    private String events(Account citizen) {
        return api.as(citizen.accessToken()).get("/api/v1/calendar/events/").text();
    }

    private Account calendarAdmin(String ward) {
        var admin = staff("admin", "DSCC", ward);
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                VALUES (:id, 'calendar', 'calendar', :wards, 'DSCC', TRUE, TRUE, TRUE, TRUE)""")
                .param("id", admin.id()).param("wards", new String[] {ward}).update();
        return admin;
    }
}
