package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff accounts, their ward permissions and the activity log in the console: super admins only. */
class AdminPagesTest extends BrowserTest {

    @Test
    void a_super_admin_creates_an_admin_then_grants_and_revokes_ward_permissions_that_apply_at_once() {
        var complaint = file(citizen("DSCC", "12"));
        var page = signedIn(staff("super_admin", "DSCC"));
        page.click("nav a[href='/staff/admins']");
        page.navigate("/staff/admins?lang=en");
        page.click("#new-admin");

        var phone = newPhone();
        page.fill("#name", "Ward 12 office");
        page.fill("#phone", phone);
        page.selectOption("#userType", "admin");
        page.selectOption("#cityCorporation", "DSCC");
        page.fill("#wards", "১২");
        page.fill("#password", "Ward-12-Office");
        page.click("main form button[type=submit]");

        page.waitForURL(url -> url.matches(".*/staff/admins/[0-9a-f-]{36}$"));
        var adminId = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(page.locator("main [role=status]").textContent()).contains("created");
        assertThat(rows(page)).containsExactly("complaints|DSCC 12|read update");
        var admin = login(phone, "Ward-12-Office");
        var seen = "/api/v1/complaints/" + complaint.get("id").asString() + "/";
        assertThat(api.as(admin.accessToken()).get(seen).status()).isEqualTo(200);

        page.selectOption("#permissionType", "notices");
        page.fill("#wards", "12, 13");
        page.check("#canCreate");
        page.check("#canUpdate");
        page.click("#permissions form:not(.inline) button[type=submit]");
        assertThat(page.locator("#permissions [role=status]").textContent()).contains("granted");
        assertThat(rows(page)).containsExactlyInAnyOrder("complaints|DSCC 12|read update", "notices|DSCC 12, 13|read create update");
        assertThat(jdbc.sql("SELECT count(*) FROM admin_permissions WHERE admin_id = :id AND permission_type = 'notices' AND can_create")
                .param("id", adminId).query(Long.class).single()).isEqualTo(1);

        page.locator("#permission-list tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("complaints"))
                .getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#permissions [role=status]").textContent()).contains("revoked");
        assertThat(rows(page)).containsExactly("notices|DSCC 12, 13|read create update");
        // the policy reads the permissions on every request: the complaint is gone for the admin
        assertThat(api.as(admin.accessToken()).get(seen).status()).isEqualTo(404);

        page.click("main a[href^='/staff/activity']");
        assertThat(page.locator("#user").inputValue()).isEqualTo(adminId.toString());
        assertThat(page.locator("#activity-list").count()).isZero();
        page.selectOption("#user", "");
        page.fill("#action", "admin.permissions_changed");
        page.click("main form button[type=submit]");
        // granted at creation, granted once more, revoked once
        assertThat(page.locator("#activity-list tbody tr").count()).isEqualTo(3);
        assertThat(page.locator("#activity-list").textContent()).contains("admin.permissions_changed");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_refused_account_or_grant_is_shown_next_to_its_field_with_what_was_typed() {
        var page = signedIn(staff("super_admin", "DSCC"));
        page.navigate("/staff/admins/new?lang=en");
        page.fill("#name", "Nobody");
        page.fill("#phone", "12345");
        page.fill("#wards", "12");
        var response = page.waitForResponse(r -> r.url().endsWith("/staff/admins"), () -> page.click("main form button[type=submit]"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#form-errors").count()).isEqualTo(1);
        assertThat(page.locator("#phone-error").textContent()).isNotBlank();
        assertThat(page.locator("#name").inputValue()).isEqualTo("Nobody");

        var member = staff("admin", "DSCC", "12");
        page.navigate("/staff/admins/" + member.id() + "?lang=en");
        page.fill("#wards", "");
        page.click("#permissions form:not(.inline) button[type=submit]");
        assertThat(page.locator("#wards-error").textContent()).isNotBlank();
        assertThat(rows(page)).containsExactly("complaints|DSCC 12|read update");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_ward_admin_has_neither_the_staff_accounts_nor_the_activity_log() {
        var other = staff("admin", "DSCC", "13");
        var page = signedIn(staff("admin", "DSCC", "12"));
        assertThat(page.locator("nav a[href='/staff/admins']").count()).isZero();
        assertThat(page.locator("nav a[href='/staff/activity']").count()).isZero();
        for (var path : List.of("/staff/admins", "/staff/admins/new", "/staff/admins/" + other.id(), "/staff/activity")) {
            assertThat(page.navigate(path).status()).as(path).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM admin_permissions WHERE admin_id = :id").param("id", other.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_activity_log_filters_by_who_and_when_and_pages_keep_the_filters() {
        var busy = staff("admin", "DSCC", "12");
        var quiet = staff("admin", "DSCC", "13");
        var now = Instant.now();
        for (int i = 0; i < 30; i++) {
            log(busy.id(), "complaint.status_changed", now.minus(i, ChronoUnit.MINUTES));
        }
        log(quiet.id(), "notice.created", now);
        log(busy.id(), "notice.created", now.minus(40, ChronoUnit.DAYS));

        var page = signedIn(staff("super_admin", "DSCC"));
        page.click("nav a[href='/staff/activity']");
        page.navigate("/staff/activity?lang=en");
        page.selectOption("#user", busy.id().toString());
        page.fill("#from", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Dhaka")).minusDays(7).toString());
        page.click("main form button[type=submit]");
        assertThat(page.locator("#activity-count").textContent()).isEqualTo("30 entries");
        assertThat(page.locator("#activity-list tbody tr").count()).isEqualTo(25);
        page.click(".pager a[rel=next]");
        assertThat(page.locator("#activity-list tbody tr").count()).isEqualTo(5);
        assertThat(page.url()).contains("user=" + busy.id(), "from=");
        assertThat(page.locator("#activity-list").textContent()).doesNotContain("notice.created");

        var refused = page.navigate("/staff/activity?lang=en&from=2026-13-01");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(page.locator("#from-error").textContent()).isNotBlank();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_management_pages_have_no_serious_accessibility_problems_in_either_language() {
        var member = staff("admin", "DSCC", "12");
        log(member.id(), "complaint.status_changed", Instant.now());
        var page = signedIn(staff("super_admin", "DSCC"));
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/staff/admins", "/staff/admins/new", "/staff/admins/" + member.id(), "/staff/activity"}) {
                page.navigate(path + "?lang=" + lang);
                axe(page);
            }
            page.navigate("/staff/admins/new?lang=" + lang);
            page.click("main form button[type=submit]");
            assertThat(page.locator("#form-errors").count()).isEqualTo(1);
            axe(page);
            page.navigate("/staff/activity?from=x&lang=" + lang);
            assertThat(page.locator("#form-errors").count()).isEqualTo(1);
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }

    /** The permission table's rows as "kind|wards|actions". */
    private static List<String> rows(com.microsoft.playwright.Page page) {
        return page.locator("#permission-list tbody tr").all().stream().map(row -> cell(row, 1) + "|" + cell(row, 2) + "|"
                + cell(row, 3).replaceAll("\\s+", " ")).toList();
    }

    private static String cell(Locator row, int n) {
        return row.locator("td:nth-child(" + n + ")").textContent().strip();
    }

    private void log(UUID user, String action, Instant at) {
        jdbc.sql("INSERT INTO activity_logs (user_id, action, resource_type, created_at) VALUES (:user, :action, 'complaint', :at)")
                .params(Map.of("user", user, "action", action, "at", Timestamp.from(at))).update();
    }
}
