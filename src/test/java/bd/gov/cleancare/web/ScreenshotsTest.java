package bd.gov.cleancare.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The README's screenshots (docs/screenshots/): the main citizen pages phone-sized and the staff
 * console desktop-sized, in Bengali and English, each checked by axe-core as it is taken.
 * Runs only when asked: {@code ./mvnw test -Dtest=ScreenshotsTest -Dscreenshots=docs/screenshots}.
 */
class ScreenshotsTest extends BrowserTest {

    private static final String TARGET = System.getProperty("screenshots", "");

    @Test
    void the_main_pages_in_both_languages() throws Exception {
        Assumptions.assumeTrue(!TARGET.isBlank(), "screenshots are taken only with -Dscreenshots=DIR");
        var directory = Files.createDirectories(Path.of(TARGET));
        var superAdmin = staff("super_admin", "DSCC");
        var admin = staff("admin", "DSCC", "12");
        var citizen = citizen("DSCC", "12");
        for (var title : List.of("ডেঙ্গু প্রতিরোধে পরিচ্ছন্নতা অভিযান", "শুক্রবার পানি সরবরাহ বন্ধ থাকবে")) {
            var notice = api.as(superAdmin.accessToken()).post("/api/v1/notices/", Map.of("title", title,
                    "content", "ওয়ার্ড ১২-এর সকল বাসিন্দার জন্য।", "category", "general", "is_urgent", title.startsWith("ডেঙ্গু"), "target_wards", List.of("12")));
            assertThat(notice.status()).as(notice.toString()).isEqualTo(201);
        }
        var complaint = file(citizen, Map.of("latitude", "23.7465", "longitude", "90.3760"));
        var id = complaint.get("id").asString();
        var update = api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", "in_progress",
                "comment", "পরিচ্ছন্নতা কর্মী পাঠানো হয়েছে"));
        assertThat(update.status()).as(update.toString()).isEqualTo(201);

        var citizenPages = Map.of("home", "/", "complaint-form", "/complaints/new", "complaint", "/complaints/" + id,
                "notices", "/notices", "emergency", "/emergency", "track", "/track?number=" + complaint.get("tracking_number").asString(),
                "payment-form", "/payments/new", "chat", "/chat");
        shoot(citizen, citizenPages, 390, 844, "phone", directory);
        shoot(superAdmin, Map.of("staff-queue", "/staff", "staff-complaint", "/staff/complaints/" + id, "staff-dashboard", "/staff/dashboard"),
                1280, 800, "desktop", directory);
    }

    private void shoot(Account who, Map<String, String> pages, int width, int height, String size, Path directory) {
        var page = signedIn(who);
        page.setViewportSize(width, height);
        for (var language : List.of("bn", "en")) {
            for (var entry : pages.entrySet()) {
                var path = entry.getValue();
                page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                page.waitForLoadState();
                axe(page);
                page.evaluate("async () => { await document.fonts.ready; }");  // the Bengali font loads on first use
                page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(entry.getKey() + "-" + language + "-" + size + ".png")));
            }
        }
        assertThat(cspViolations).isEmpty();
    }
}
