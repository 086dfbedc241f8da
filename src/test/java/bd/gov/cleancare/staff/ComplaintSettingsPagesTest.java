package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The complaint settings in the staff console, in the browser: deadline rules, response templates, category
 * questions and the held list, kept by super admins through the same services as the API; refused to everybody else.
 */
class ComplaintSettingsPagesTest extends BrowserTest {

    private static final Pattern RULE = Pattern.compile(".*/staff/deadlines/[0-9a-f-]{36}$");
    private static final Pattern TEMPLATE = Pattern.compile(".*/staff/response-templates/[0-9a-f-]{36}$");
    private static final Pattern QUESTION = Pattern.compile(".*/staff/questions/[0-9a-f-]{36}$");

    @Test
    void a_super_admin_adds_changes_and_removes_a_deadline_rule_and_a_refused_rule_keeps_what_was_typed() {
        var boss = staff("super_admin", "DSCC");
        var page = signedIn(boss);
        assertThat(page.locator("nav .nav-group-label").allTextContents()).containsExactly("অভিযোগ", "নগর সেবা", "প্রকাশনা", "প্রশাসন");

        page.click("nav a[href='/staff/deadlines']");
        assertThat(page.locator("h1").textContent()).isEqualTo("সময়সীমার নিয়ম");
        int seeded = page.locator("#rule-list tbody tr").count();
        axe(page);
        page.click("#new-rule");
        page.selectOption("#category", "roads");
        page.selectOption("#priority", "high");
        page.fill("#responseHours", "৪৮");
        page.fill("#resolutionHours", "24");
        page.click("#rule-form button[type=submit]");
        assertThat(page.locator("#resolutionHours-error").textContent()).isNotBlank();
        assertThat(page.locator("#responseHours-error").count()).isZero();
        assertThat(page.inputValue("#responseHours")).isEqualTo("৪৮");
        assertThat(page.inputValue("#priority")).isEqualTo("high");
        axe(page);
        page.fill("#resolutionHours", "96");
        page.click("#rule-form button[type=submit]");
        page.waitForURL(RULE);
        assertThat(page.locator("main [role=status]").textContent()).contains("সংরক্ষণ");
        var id = page.url().substring(page.url().lastIndexOf('/') + 1);
        var rule = api.as(boss.accessToken()).get("/api/v1/admin/deadlines/" + id + "/").json();
        assertThat(rule.get("category_code").asString()).isEqualTo("roads");
        assertThat(rule.get("priority_code").asString()).isEqualTo("high");
        assertThat(rule.get("response_hours").asInt()).isEqualTo(48);
        assertThat(rule.get("resolution_hours").asInt()).isEqualTo(96);

        page.fill("#responseHours", "12");
        page.click("#rule-form button[type=submit]");
        page.waitForURL(RULE);
        assertThat(api.as(boss.accessToken()).get("/api/v1/admin/deadlines/" + id + "/").json().get("response_hours").asInt()).isEqualTo(12);
        page.navigate("/staff/deadlines/" + id + "?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("Change a deadline rule");
        assertThat(page.locator("#rule-facts").textContent()).contains("Roads", "High");
        axe(page);
        page.navigate("/staff/deadlines?lang=en");
        assertThat(page.locator("#rule-list tbody tr").count()).isEqualTo(seeded + 1);
        assertThat(page.locator("#rule-list tbody tr", new Page.LocatorOptions().setHasText("High")).textContent()).contains("Roads", "12", "96");
        axe(page);

        page.navigate("/staff/deadlines/" + id);
        page.click("#delete");
        page.waitForURL(base() + "/staff/deadlines");
        assertThat(page.locator("main [role=status]").textContent()).contains("removed");
        assertThat(page.locator("#rule-list tbody tr").count()).isEqualTo(seeded);
        assertThat(api.as(boss.accessToken()).get("/api/v1/admin/deadlines/" + id + "/").status()).isEqualTo(404);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_super_admin_writes_a_response_template_staff_then_choose_and_switches_it_off_and_removes_it() {
        var boss = staff("super_admin", "DSCC");
        var page = signedIn(boss);

        page.click("nav a[href='/staff/response-templates']");
        axe(page);
        page.click("#new-template");
        axe(page);
        page.fill("#title", "দল পাঠানো হয়েছে");
        page.selectOption("#category", "cleanliness");
        page.selectOption("#status", "in_progress");
        page.fill("#textBn", "পরিচ্ছন্নতা দল রওনা হয়েছে।");
        page.click("#template-form button[type=submit]");
        assertThat(page.locator("#textEn-error").textContent()).isNotBlank();
        assertThat(page.inputValue("#textBn")).isEqualTo("পরিচ্ছন্নতা দল রওনা হয়েছে।");
        assertThat(page.inputValue("#title")).isEqualTo("দল পাঠানো হয়েছে");
        axe(page);
        page.fill("#textEn", "A cleaning team is on its way.");
        page.click("#template-form button[type=submit]");
        page.waitForURL(TEMPLATE);
        var id = page.url().substring(page.url().lastIndexOf('/') + 1);
        var saved = api.as(boss.accessToken()).get("/api/v1/admin/response-templates/" + id + "/").json();
        assertThat(saved.get("category_code").asString()).isEqualTo("cleanliness");
        assertThat(saved.get("text_en").asString()).isEqualTo("A cleaning team is on its way.");
        assertThat(saved.get("is_active").asBoolean()).isTrue();

        page.fill("#title", "দল রওনা");
        page.uncheck("#isActive");
        page.click("#template-form button[type=submit]");
        page.waitForURL(TEMPLATE);
        assertThat(page.inputValue("#title")).isEqualTo("দল রওনা");
        assertThat(page.isChecked("#isActive")).isFalse();
        var changed = api.as(boss.accessToken()).get("/api/v1/admin/response-templates/" + id + "/").json();
        assertThat(changed.get("title").asString()).isEqualTo("দল রওনা");
        assertThat(changed.get("is_active").asBoolean()).isFalse();

        page.navigate("/staff/response-templates?lang=en");
        assertThat(page.locator("#template-list").textContent()).contains("দল রওনা", "Cleanliness", "Not in use");
        axe(page);
        page.click("#template-list a");
        axe(page);
        page.click("#delete");
        page.waitForURL(base() + "/staff/response-templates");
        assertThat(page.locator("#template-list").count()).isZero();
        assertThat(api.as(boss.accessToken()).get("/api/v1/admin/response-templates/" + id + "/").status()).isEqualTo(404);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_super_admin_asks_a_choice_question_whose_blocking_answer_stops_a_citizen_filing_then_removes_it() {
        var boss = staff("super_admin", "DSCC");
        var page = signedIn(boss);

        page.click("nav a[href='/staff/questions']");
        axe(page);
        page.selectOption("#category", "roads");
        page.click("main form.filters button[type=submit]");
        page.click("#new-question");
        assertThat(page.inputValue("#category")).isEqualTo("roads");
        axe(page);
        page.fill("#code", "hole_depth");
        page.selectOption("#kind", "choice");
        page.fill("#labelBn", "গর্ত কত গভীর?");
        page.fill("#labelEn", "How deep is the hole?");
        page.check("#required");
        page.fill("#position", "১");
        page.fill("#options", "small | ছোট | Small\nhuge, a car fell in");
        page.click("#question-form button[type=submit]");
        assertThat(page.locator("#options-error").textContent()).contains("২ নম্বর লাইন");
        assertThat(page.inputValue("#options")).isEqualTo("small | ছোট | Small\nhuge, a car fell in");
        assertThat(page.inputValue("#labelEn")).isEqualTo("How deep is the hole?");
        axe(page);
        page.fill("#options", "small | ছোট | Small\nhuge | বিশাল, গাড়ি পড়েছে | Huge, a car fell in | এখনই ৯৯৯-এ ফোন করুন | Call 999 now");
        page.click("#question-form button[type=submit]");
        page.waitForURL(QUESTION);
        var questionPage = page.url();
        var listed = api.as(boss.accessToken()).get("/api/v1/complaints/categories/roads/questions").json().get("results");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("position").asInt()).isEqualTo(1);
        assertThat(listed.get(0).get("options").get(1).get("block_en").asString()).isEqualTo("Call 999 now");

        page.fill("#labelEn", "How deep is the pothole?");
        page.click("#question-form button[type=submit]");
        page.waitForURL(QUESTION);
        assertThat(page.inputValue("#options")).contains("huge | বিশাল, গাড়ি পড়েছে | Huge, a car fell in | এখনই ৯৯৯-এ ফোন করুন | Call 999 now");
        page.navigate(questionPage + "?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("How deep is the pothole?");
        axe(page);
        page.navigate("/staff/questions?category=roads&lang=en");
        assertThat(page.locator("#question-list").textContent()).contains("How deep is the pothole?", "Choice", "Yes");
        axe(page);

        // the same browser: signing in as a citizen replaces the super admin's session
        var citizen = signedIn(citizen());
        citizen.navigate("/complaints/new?lang=bn");
        citizen.selectOption("#category", "roads");
        assertThat(citizen.locator("#questions-roads").isVisible()).isTrue();
        citizen.fill("#title", "রাস্তায় বড় গর্ত");
        citizen.fill("#description", "রাস্তার মাঝখানে বড় গর্ত।");
        citizen.fill("#location", "মিরপুর ১০");
        citizen.selectOption("#q-roads-hole_depth", "huge");
        citizen.click("main form[data-queue] button[type=submit]");
        citizen.waitForSelector("#q-roads-hole_depth-error");
        assertThat(citizen.locator("#q-roads-hole_depth-error").textContent()).contains("৯৯৯");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Integer.class).single()).isZero();

        var again = signedIn(boss);
        again.navigate(questionPage);
        again.click("#delete");
        again.waitForURL(base() + "/staff/questions?category=roads");
        assertThat(again.locator("#question-list").count()).isZero();
        assertThat(api.get("/api/v1/complaints/categories/roads/questions").json().get("count").asInt()).isZero();
        again.navigate("/complaints/new");
        assertThat(again.locator("#q-roads-hole_depth").count()).isZero();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_super_admin_holds_a_citizen_by_phone_sees_their_waiting_complaints_and_takes_them_off_with_a_reason() {
        var boss = staff("super_admin", "DSCC");
        var citizen = citizen();
        var page = signedIn(boss);

        page.click("nav a[href='/staff/held-users']");
        assertThat(page.locator("#held-list").count()).isZero();
        axe(page);
        page.fill("#phone", "01799999999");
        page.fill("#reason", "বারবার গালিগালাজ");
        page.click("#hold-submit");
        assertThat(page.locator("#phone-error").textContent().strip()).isEqualTo("এমন কোনো ব্যবহারকারী নেই।");
        assertThat(page.inputValue("#reason")).isEqualTo("বারবার গালিগালাজ");
        page.fill("#phone", citizen.phone().substring(3));
        page.fill("#reason", "");
        page.click("#hold-submit");
        assertThat(page.locator("#reason-error").textContent()).isNotBlank();
        assertThat(page.inputValue("#phone")).isEqualTo(citizen.phone().substring(3));
        axe(page);
        page.fill("#reason", "বারবার গালিগালাজ");
        page.click("#hold-submit");
        page.waitForURL(base() + "/staff/held-users");
        assertThat(page.locator("#held-list tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("#held-list").textContent()).contains("বারবার গালিগালাজ");
        assertThat(page.locator("#held-list .waiting").textContent()).isEqualTo("০");

        file(citizen);
        page.navigate("/staff/held-users?lang=en");
        assertThat(page.locator("#held-list .waiting").textContent()).isEqualTo("1");
        axe(page);
        page.click("#held-list form.unhold button[type=submit]");
        assertThat(page.locator("#unholdReason-error").textContent()).isNotBlank();
        assertThat(page.locator("#held-list tbody tr").count()).isEqualTo(1);
        axe(page);
        page.fill("#held-list input[name=unholdReason]", "Apologised");
        page.click("#held-list form.unhold button[type=submit]");
        page.waitForURL(base() + "/staff/held-users");
        assertThat(page.locator("#held-list").count()).isZero();
        assertThat(api.as(boss.accessToken()).get("/api/v1/admin/held-users/").json().get("count").asInt()).isZero();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_ward_admin_and_a_citizen_are_refused_the_settings_pages_and_see_no_links_to_them() {
        var pages = new String[] {"/staff/deadlines", "/staff/deadlines/new", "/staff/response-templates", "/staff/response-templates/new",
                "/staff/questions", "/staff/questions/new", "/staff/held-users"};
        var page = signedIn(staff("admin", "DSCC", "12"));
        assertThat(page.locator("nav .nav-group-label").allTextContents()).containsExactly("অভিযোগ", "নগর সেবা", "প্রকাশনা");
        for (var path : pages) {
            assertThat(page.locator("nav a[href='" + path + "']").count()).as(path).isZero();
            assertThat(page.navigate(path).status()).as(path).isEqualTo(403);
        }
        context.clearCookies();
        var citizenPage = signedIn(citizen());
        assertThat(citizenPage.locator("nav .staff-menu").count()).isZero();
        for (var path : pages) {
            assertThat(citizenPage.navigate(path).status()).as(path).isEqualTo(403);
        }
    }
}
