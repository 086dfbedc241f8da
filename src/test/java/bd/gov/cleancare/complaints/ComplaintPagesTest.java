package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filing and following complaints in the browser, on the same services as the API. */
class ComplaintPagesTest extends BrowserTest {

    @Test
    void a_citizen_files_a_complaint_with_a_photo_and_follows_it_to_its_timeline() {
        var citizen = citizen();
        var page = signedIn(citizen);
        page.click("main a[href='/complaints/new']");
        page.selectOption("#category", "waste_management");
        page.fill("#title", "ময়লা নেওয়া হয়নি");
        page.fill("#description", "তিন দিন ধরে ময়লা পড়ে আছে।");
        page.fill("#location", "মিরপুর ১০, রোড ৫");
        page.setInputFiles("#photo", photo());
        page.click("main form button[type=submit]");
        page.waitForURL(java.util.regex.Pattern.compile(".*/complaints/[0-9a-f-]{36}$"));

        var number = page.locator(".tracking").textContent();
        assertThat(number).matches("CC\\d{12,}");
        assertThat(page.locator("main [role=status]").textContent()).contains("অভিযোগ জমা হয়েছে");
        assertThat(page.locator(".photos img").count()).isEqualTo(1);
        var stored = jdbc.sql("SELECT category, title FROM complaints WHERE tracking_number = :n").param("n", number).query().singleRow();
        assertThat(stored).containsEntry("category", "বর্জ্য ব্যবস্থাপনা").containsEntry("title", "ময়লা নেওয়া হয়নি");

        var id = page.url().substring(page.url().lastIndexOf('/') + 1);
        var admin = staff("admin", "DSCC", "12");
        var update = api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/",
                Map.of("new_status", "in_progress", "comment", "দল পাঠানো হয়েছে"));
        assertThat(update.status()).as(update.toString()).isEqualTo(201);

        page.click("nav a[href='/complaints']");
        assertThat(page.locator(".cards .tracking").first().textContent()).isEqualTo(number);
        page.click(".cards h2 a");
        assertThat(page.locator(".timeline li").count()).isEqualTo(2);
        assertThat(page.locator(".timeline").textContent()).contains("প্রক্রিয়াধীন", "দল পাঠানো হয়েছে");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_same_form_sent_twice_files_one_complaint_with_one_photo() {
        var page = signedIn(citizen());
        String key = null;
        String first = null;
        for (int send = 0; send < 2; send++) {
            page.navigate("/complaints/new");
            if (key == null) {
                key = page.inputValue("input[name=key]");
            } else {
                // the second send is the first form again: a double tap, or the offline queue resending it
                page.evaluate("key => document.querySelector('input[name=key]').value = key", key);
            }
            page.selectOption("#category", "waste_management");
            page.fill("#title", "ময়লা নেওয়া হয়নি");
            page.fill("#description", "তিন দিন ধরে ময়লা পড়ে আছে।");
            page.fill("#location", "মিরপুর ১০, রোড ৫");
            page.setInputFiles("#photo", photo());
            page.click("main form button[type=submit]");
            page.waitForURL(java.util.regex.Pattern.compile(".*/complaints/[0-9a-f-]{36}$"));
            first = first == null ? page.url() : first;
        }

        assertThat(key).matches("[0-9a-f-]{36}");
        assertThat(page.url()).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_images").query(Long.class).single()).isEqualTo(1);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_refused_complaint_keeps_everything_typed_and_names_the_missing_field() {
        var page = signedIn(citizen());
        page.navigate("/complaints/new?lang=en");
        page.selectOption("#category", "roads");
        page.fill("#description", "A deep pothole.");
        page.fill("#location", "Road 5");
        page.click("main form button[type=submit]");
        assertThat(page.locator("#title-error").textContent()).isNotBlank();
        assertThat(page.inputValue("#category")).isEqualTo("roads");
        assertThat(page.inputValue("#description")).isEqualTo("A deep pothole.");
        assertThat(page.inputValue("#location")).isEqualTo("Road 5");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isZero();
    }

    @Test
    void a_position_from_the_phone_fills_the_form_and_shows_complaints_already_filed_nearby() {
        var other = citizen();
        file(other, Map.of("title", "রাস্তায় ময়লা", "latitude", "23.8103", "longitude", "90.4125"));
        context.grantPermissions(java.util.List.of("geolocation"));
        context.setGeolocation(new com.microsoft.playwright.options.Geolocation(23.8104, 90.4126));
        var page = signedIn(citizen());
        page.navigate("/complaints/new");
        page.click("#locate");
        page.waitForSelector("#nearby a");
        assertThat(page.inputValue("#latitude")).isEqualTo("23.810400");
        assertThat(page.locator("#nearby").textContent()).contains("রাস্তায় ময়লা");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_nearby_hint_offers_to_support_that_complaint_instead_of_filing_a_duplicate() {
        var filed = file(citizen(), Map.of("title", "রাস্তায় ময়লা", "latitude", "23.8103", "longitude", "90.4125"));
        var number = filed.get("tracking_number").asString();
        context.grantPermissions(java.util.List.of("geolocation"));
        context.setGeolocation(new com.microsoft.playwright.options.Geolocation(23.8104, 90.4126));
        var me = citizen();
        var page = signedIn(me);
        page.navigate("/complaints/new");
        page.click("#locate");
        page.waitForSelector("#nearby button");
        axe(page);

        page.click("#nearby button");

        page.waitForSelector("#supported");
        assertThat(page.locator("#supported").textContent()).contains(number);
        assertThat(page.locator("#tracked-title").textContent()).isEqualTo(number);
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_supports WHERE user_id = :me").param("me", me.id()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).as("no duplicate filed").isEqualTo(1);
        axe(page);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void anyone_tracks_a_complaint_by_its_number_without_signing_in() {
        var filed = file(citizen());
        var number = filed.get("tracking_number").asString();
        var page = page("/track");
        page.fill("#number", number);
        page.click("main form button[type=submit]");
        assertThat(page.locator("#tracked-title").textContent()).isEqualTo(number);
        assertThat(page.locator(".timeline li").count()).isEqualTo(1);
        assertThat(page.locator("main").textContent()).doesNotContain(filed.get("title").asString());
        page.navigate("/track?number=CC999999999999&lang=en");
        assertThat(page.locator("#form-errors").textContent()).isNotBlank();
    }

    @Test
    void the_complaint_pages_have_no_serious_accessibility_problems_in_either_language() {
        var citizen = citizen();
        var filed = file(citizen);
        var page = signedIn(citizen);
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/", "/complaints/new", "/complaints", "/complaints/" + filed.get("id").asString(),
                    "/track?number=" + filed.get("tracking_number").asString(), "/no-such-page"}) {
                page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                axe(page);
            }
            page.navigate("/complaints/new?lang=" + lang);
            page.click("main form button[type=submit]");
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }
}
