package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.platform.images.Photos;
import bd.gov.cleancare.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The staff complaint page's moderation section, and the complaint form's category questions, in the browser. */
class ModerationPagesTest extends BrowserTest {

    @Test
    void an_admin_hides_a_complaint_with_a_reason_and_blurs_part_of_its_photo_from_the_staff_page() {
        var citizen = citizen();
        var complaint = file(citizen);
        var id = complaint.get("id").asString();
        assertThat(api.as(citizen.accessToken()).multipart("/api/v1/complaints/" + id + "/images/", "image", "street.jpg", "image/jpeg",
                Photos.jpeg(120, 90)).status()).isEqualTo(201);
        var admin = staff("admin", "DSCC", "12");
        var page = signedIn(admin);

        page.navigate("/staff/complaints/" + id);
        assertThat(page.locator("#moderation-state").textContent()).contains("প্রকাশ্য");
        axe(page);
        page.click("#visibility-submit");
        assertThat(page.locator("#hideReason-error").textContent()).contains("কারণ");
        page.fill("#hideReason", "ব্যক্তিগত তথ্য আছে");
        page.click("#visibility-submit");
        page.waitForSelector("#moderation-history");
        assertThat(page.locator("#moderation-state").textContent()).contains("লুকানো");
        assertThat(page.locator("#moderation-history").textContent()).contains("ব্যক্তিগত তথ্য আছে");
        assertThat(api.get("/api/v1/complaints/track/" + complaint.get("tracking_number").asString() + "/").status()).isEqualTo(404);

        page.fill("#x", "10");
        page.fill("#y", "10");
        page.fill("#width", "40");
        page.fill("#height", "30");
        page.fill("#redactReason", "গাড়ির নম্বর প্লেট");
        page.click("#redaction-submit");
        page.waitForSelector(".originals a");
        var original = page.request().get(page.locator(".originals a").first().getAttribute("href"));
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.headers().get("content-type")).startsWith("image/");
        assertThat(page.locator("#moderation-history li").count()).isEqualTo(2);

        page.navigate("/staff/complaints/" + id + "?lang=en");
        assertThat(page.locator("#moderation-title").textContent()).isEqualTo("Moderation");
        axe(page);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_citizen_answers_the_chosen_categorys_questions_and_a_blocking_answer_says_what_to_do() {
        var superAdmin = staff("super_admin", "DSCC");
        var added = api.as(superAdmin.accessToken()).post("/api/v1/admin/category-questions/", Map.of("category", "electricity",
                "code", "danger", "kind", "choice", "label_bn", "তার কি ঝুলে আছে?", "label_en", "Is a wire hanging?", "required", true,
                "options", List.of(Map.of("key", "no", "label_bn", "না", "label_en", "No"),
                        Map.of("key", "sparking", "label_bn", "আগুনের ফুলকি", "label_en", "Sparking",
                                "block_bn", "এখনই ৯৯৯-এ ফোন করুন", "block_en", "Call 999 now"))));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        var page = signedIn(citizen());

        page.navigate("/complaints/new");
        assertThat(page.locator("#questions-electricity").isHidden()).as("shown once its category is chosen").isTrue();
        page.selectOption("#category", "electricity");
        assertThat(page.locator("#questions-electricity").isVisible()).isTrue();
        axe(page);
        page.fill("#title", "সড়কবাতির তার ঝুলছে");
        page.fill("#description", "খুঁটি থেকে তার ঝুলে আছে।");
        page.fill("#location", "মিরপুর ১০");
        page.selectOption("#q-electricity-danger", "sparking");
        page.click("main form[data-queue] button[type=submit]");
        page.waitForSelector("#q-electricity-danger-error");
        assertThat(page.locator("#q-electricity-danger-error").textContent()).contains("৯৯৯");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Integer.class).single()).isZero();

        page.selectOption("#q-electricity-danger", "no");
        page.click("main form[data-queue] button[type=submit]");
        page.waitForURL(url -> url.matches(".*/complaints/[0-9a-f-]{36}"));
        var id = page.url().substring(page.url().lastIndexOf('/') + 1);

        page.navigate("/complaints/new?lang=en");
        page.selectOption("#category", "electricity");
        assertThat(page.locator("#questions-electricity legend").textContent()).contains("Electricity");
        axe(page);

        // the same browser: signing in as the ward's admin replaces the citizen's session
        var admin = signedIn(staff("admin", "DSCC", "12"));
        admin.navigate("/staff/complaints/" + id + "?lang=en");
        assertThat(admin.locator("#answers").textContent()).contains("Is a wire hanging?").contains("No");
        assertThat(cspViolations).isEmpty();
    }
}
