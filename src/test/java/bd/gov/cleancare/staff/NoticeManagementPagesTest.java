package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Notices written, changed, scheduled, given files and taken down from the staff console, in the admin's wards only. */
class NoticeManagementPagesTest extends BrowserTest {

    @Test
    void a_ward_admin_publishes_edits_attaches_and_takes_down_a_notice_that_citizens_of_the_ward_read() {
        var citizen = citizen("DSCC", "12");
        var admin = noticeAdmin("12");
        var page = signedIn(admin);
        page.click("nav a[href='/staff/notices']");
        page.navigate("/staff/notices?lang=en");
        page.click("#new-notice");
        page.fill("#title", "বুধবার পানি থাকবে না");
        page.fill("#content", "পাইপ মেরামতের জন্য বুধবার সকাল ১০টা থেকে পানি সরবরাহ বন্ধ থাকবে।");
        page.selectOption("#category", "water_supply");
        page.selectOption("#cityCorporation", "DSCC");
        page.fill("#wards", "১২");
        page.check("#isUrgent");
        page.click("#notice-form button[type=submit]");

        page.waitForURL(url -> url.matches(".*/staff/notices/[0-9a-f-]{36}$"));
        var id = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.locator("main [role=status]").textContent()).contains("saved");
        assertThat(page.locator("#notice-state").textContent()).isEqualTo("On the board");
        assertThat(board(citizen)).contains("বুধবার পানি থাকবে না");

        page.fill("#titleEn", "No water on Wednesday");
        page.click("#notice-form button[type=submit]");
        assertThat(page.locator("#titleEn").inputValue()).isEqualTo("No water on Wednesday");

        page.setInputFiles("#file", photo());
        page.click("#attachments form[enctype] button[type=submit]");
        assertThat(page.locator("#attachments [role=status]").textContent()).contains("attached");
        assertThat(page.locator("#attachment-list li").count()).isEqualTo(1);
        assertThat(page.request().get(page.locator("#attachment-list a").getAttribute("href")).status()).isEqualTo(200);
        page.click("#attachment-list button");
        assertThat(page.locator("#attachment-list").count()).isZero();

        page.click("#expire");
        assertThat(page.locator("#notice-state").textContent()).isEqualTo("Expired");
        assertThat(board(citizen)).doesNotContain("বুধবার পানি থাকবে না");

        page.click("#delete");
        assertThat(page.url()).endsWith("/staff/notices");
        assertThat(page.locator("main [role=status]").textContent()).contains("deleted");
        assertThat(jdbc.sql("SELECT count(*) FROM notices WHERE id = :id").param("id", UUID.fromString(id)).query(Long.class).single())
                .isZero();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_later_publication_time_schedules_the_notice_and_an_expiry_before_it_is_named_next_to_its_field() {
        var page = signedIn(noticeAdmin("12"));
        page.navigate("/staff/notices/new?lang=en");
        fill(page, "12");
        var tomorrow = LocalDateTime.now(ZoneId.of("Asia/Dhaka")).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        page.fill("#publishedAt", tomorrow.toString());
        page.fill("#expiresAt", tomorrow.minusHours(2).toString());
        var refused = page.waitForResponse(r -> r.url().endsWith("/staff/notices"), () -> page.click("#notice-form button[type=submit]"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(page.locator("#expiresAt-error").textContent()).isNotBlank();
        assertThat(page.locator("#title").inputValue()).isEqualTo("রাস্তা বন্ধ");

        page.fill("#expiresAt", tomorrow.plusDays(2).toString());
        page.click("#notice-form button[type=submit]");
        assertThat(page.locator("#notice-state").textContent()).isEqualTo("Scheduled");
        assertThat(page.locator("#publishedAt").inputValue()).isEqualTo(tomorrow.toString());
        page.navigate("/staff/notices?state=scheduled&lang=en");
        assertThat(page.locator("#notice-list tbody tr").count()).isEqualTo(1);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void an_admin_of_another_ward_can_neither_open_nor_write_the_wards_notices() {
        var ours = signedIn(noticeAdmin("12"));
        ours.navigate("/staff/notices/new?lang=en");
        fill(ours, "12");
        ours.click("#notice-form button[type=submit]");
        ours.waitForURL(url -> url.matches(".*/staff/notices/[0-9a-f-]{36}$"));
        var id = ours.url().substring(ours.url().lastIndexOf('/') + 1);

        var theirs = signedIn(noticeAdmin("13"));
        assertThat(theirs.navigate("/staff/notices/" + id).status()).isEqualTo(403);
        theirs.navigate("/staff/notices?lang=en");
        assertThat(theirs.locator("#notice-list").count()).isZero();

        theirs.navigate("/staff/notices/new?lang=en");
        fill(theirs, "12");
        var refused = theirs.waitForResponse(r -> r.url().endsWith("/staff/notices"), () -> theirs.click("#notice-form button[type=submit]"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(theirs.locator("#form-errors").textContent()).isNotBlank();
        theirs.fill("#wards", "");
        var citywide = theirs.waitForResponse(r -> r.url().endsWith("/staff/notices"), () -> theirs.click("#notice-form button[type=submit]"));
        assertThat(citywide.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM notices").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_notice_pages_have_no_serious_accessibility_problems_in_either_language() {
        var page = signedIn(staff("super_admin", "DSCC"));
        page.navigate("/staff/notices/new");
        fill(page, "12");
        page.click("#notice-form button[type=submit]");
        page.waitForURL(url -> url.matches(".*/staff/notices/[0-9a-f-]{36}$"));
        var notice = page.url().substring(page.url().indexOf("/staff/"));
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/staff/notices", "/staff/notices/new", notice}) {
                page.navigate(path + "?lang=" + lang);
                axe(page);
            }
            page.navigate("/staff/notices/new?lang=" + lang);
            page.click("#notice-form button[type=submit]");
            assertThat(page.locator("#form-errors").count()).isEqualTo(1);
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }

    private static void fill(Page page, String ward) {
        page.fill("#title", "রাস্তা বন্ধ");
        page.fill("#content", "সংস্কারের জন্য রাস্তা দুই দিন বন্ধ থাকবে।");
        page.selectOption("#cityCorporation", "DSCC");
        page.fill("#wards", ward);
    }

    /** An admin of the ward who may write its notices. */
    private Account noticeAdmin(String ward) {
        var admin = staff("admin", "DSCC", ward);
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                VALUES (:id, 'notices', 'notices', :wards, 'DSCC', TRUE, TRUE, TRUE, TRUE)""")
                .param("id", admin.id()).param("wards", new String[] {ward}).update();
        return admin;
    }

    private String board(Account citizen) {
        return api.as(citizen.accessToken()).get("/api/v1/notices/").text();
    }
}
