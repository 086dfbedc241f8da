package bd.gov.cleancare.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The citizen pages after the first ones: notices, emergency help, collection rounds, calendar, gallery, profile and rating. */
class CitizenMorePagesTest extends BrowserTest {

    @Test
    void the_notice_board_shows_the_wards_urgent_notice_first_and_opening_it_counts_as_read() {
        var superAdmin = staff("super_admin", "DSCC");
        var urgent = notice(superAdmin, Map.of("title", "ডেঙ্গু সতর্কতা", "is_urgent", true, "target_wards", List.of("12")));
        clock.advance(java.time.Duration.ofMinutes(1));
        notice(superAdmin, Map.of("title", "সাধারণ সভা", "target_wards", List.of("12")));
        notice(superAdmin, Map.of("title", "১৩ নম্বর ওয়ার্ডের নোটিশ", "target_wards", List.of("13")));
        var citizen = citizen("DSCC", "12");

        var page = signedIn(citizen);
        page.click("nav a[href='/notices']");
        var titles = page.locator(".cards h2").allTextContents();
        assertThat(titles).containsExactly("ডেঙ্গু সতর্কতা", "সাধারণ সভা");
        assertThat(page.locator(".cards li").first().locator(".badge").textContent()).isEqualTo("জরুরি");
        assertThat(isRead(citizen, urgent)).isFalse();

        page.click(".cards h2 a >> nth=0");
        assertThat(page.locator("h1").textContent()).isEqualTo("ডেঙ্গু সতর্কতা");
        assertThat(isRead(citizen, urgent)).isTrue();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void emergency_help_takes_two_taps_and_shows_its_status() {
        var citizen = citizen("DSCC", "12");
        var page = signedIn(citizen);
        page.click("main a[href='/emergency']");
        page.click("#type-fire");
        page.waitForURL(Pattern.compile(".*/emergency/[0-9a-f-]{36}$"));

        var stored = jdbc.sql("SELECT emergency_type, status, ward_number, user_id FROM emergency_requests").query().singleRow();
        assertThat(stored).containsEntry("emergency_type", "অগ্নিকাণ্ড").containsEntry("ward_number", "12")
                .containsEntry("user_id", citizen.id());
        assertThat(page.locator("#emergency-status").textContent()).isEqualTo("জমা দেওয়া হয়েছে");
        assertThat(page.locator("main [role=status]").textContent()).contains("ওয়ার্ড অফিসে");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_collection_page_shows_the_next_collection_in_bengali_and_a_missed_round_becomes_a_complaint() {
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));  // Monday 08:00 in Dhaka, the round under way
        var superAdmin = staff("super_admin", "DSCC");
        var round = api.as(superAdmin.accessToken()).post("/api/v1/waste/schedules/", Map.of("city_corporation", "DSCC",
                "ward_number", "12", "area", "নিউ মার্কেট", "area_en", "New Market", "days_of_week", List.of("monday", "wednesday"),
                "starts_at", "07:00", "ends_at", "09:00"));
        assertThat(round.status()).as(round.toString()).isEqualTo(201);
        clock.set(Instant.parse("2026-03-10T06:00:00Z"));  // Tuesday noon: Monday's collection was missed
        var citizen = citizen("DSCC", "12");

        var page = signedIn(citizen);
        page.click("main a[href='/waste/schedules']");
        var card = page.locator(".round").first();
        assertThat(card.locator("h2").textContent()).isEqualTo("নিউ মার্কেট");
        assertThat(card.locator(".next time").textContent()).contains("১১ মার্চ ২০২৬", "০৭:০০");
        assertThat(card.textContent()).contains("সোমবার", "বুধবার", "০৭:০০–০৯:০০");

        card.locator("button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/complaints/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1").textContent()).isEqualTo("বর্জ্য সংগ্রহ হয়নি: নিউ মার্কেট");
        assertThat(jdbc.sql("SELECT count(*) FROM missed_collections").query(Long.class).single()).isEqualTo(1);

        page.navigate("/waste/schedules?lang=en");
        page.locator(".round button[type=submit]").first().click();
        assertThat(page.locator("#form-errors").textContent()).contains("already reported");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_calendar_lists_the_wards_coming_entries_with_its_feed_and_the_gallery_shows_published_photos() {
        var superAdmin = staff("super_admin", "DSCC");
        var start = clock.instant().plus(java.time.Duration.ofDays(3));
        var event = api.as(superAdmin.accessToken()).post("/api/v1/calendar/events/", Map.of("title", "ওয়ার্ড পরিচ্ছন্নতা অভিযান",
                "category", "campaign", "starts_at", start.toString(), "ends_at", start.plus(java.time.Duration.ofHours(2)).toString(),
                "city_corporation", "DSCC", "target_wards", List.of("12"), "is_published", true));
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        var album = api.as(superAdmin.accessToken()).post("/api/v1/gallery/albums/", Map.of("title", "পরিচ্ছন্ন ধানমন্ডি",
                "city_corporation", "DSCC", "ward_number", "12", "is_published", true)).json();
        var albumId = album.get("id").asString();
        var shown = api.as(superAdmin.accessToken()).multipart("/api/v1/gallery/albums/" + albumId + "/photos/",
                Map.of("caption", "লেকের পাড়", "is_published", "true"), "image", "photo.jpg", "image/jpeg", jpeg());
        assertThat(shown.status()).as(shown.toString()).isEqualTo(201);
        api.as(superAdmin.accessToken()).multipart("/api/v1/gallery/albums/" + albumId + "/photos/",
                Map.of("caption", "লুকানো ছবি", "is_published", "false"), "image", "photo.jpg", "image/jpeg", jpeg());

        var page = signedIn(citizen("DSCC", "12"));
        page.click("main a[href='/calendar']");
        assertThat(page.locator(".event h2").allTextContents()).containsExactly("ওয়ার্ড পরিচ্ছন্নতা অভিযান");
        assertThat(page.getAttribute("#ics-link", "href")).startsWith("webcal://").endsWith("/api/v1/calendar/wards/DSCC/12/events.ics");

        page.navigate("/gallery");
        page.click(".gallery a");
        assertThat(page.locator("h1").textContent()).isEqualTo("পরিচ্ছন্ন ধানমন্ডি");
        var image = page.locator(".gallery img");
        assertThat(image.count()).isEqualTo(1);
        assertThat(image.getAttribute("alt")).isEqualTo("লেকের পাড়");
        assertThat(image.getAttribute("loading")).isEqualTo("lazy");
        assertThat(image.getAttribute("width")).isEqualTo("64");
        assertThat(image.getAttribute("height")).isEqualTo("48");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_citizen_edits_their_profile_and_changes_their_password() {
        var citizen = citizen("DSCC", "12");
        var page = signedIn(citizen);
        page.click("nav a[href='/profile']");
        assertThat(page.inputValue("#ward")).isEqualTo("DSCC/12");
        page.fill("#name", "রহিমা খাতুন");
        page.selectOption("#ward", "DSCC/13");
        page.selectOption("#language", "en");
        page.click("form[action='/profile'] button[type=submit]");
        page.waitForURL(base() + "/profile");

        var stored = jdbc.sql("SELECT name, ward_number, city_corporation, language FROM users WHERE id = :id").param("id", citizen.id())
                .query().singleRow();
        assertThat(stored).containsEntry("name", "রহিমা খাতুন").containsEntry("ward_number", "13").containsEntry("language", "en");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("main [role=status]").textContent()).contains("saved");
        assertThat(page.inputValue("#name")).isEqualTo("রহিমা খাতুন");

        page.fill("#oldPassword", "wrong-password-1");
        page.fill("#newPassword", "Another-Horse-8");
        page.click("form[action='/profile/password'] button[type=submit]");
        assertThat(page.locator("#oldPassword-error").textContent()).isNotBlank();

        page.fill("#oldPassword", PASSWORD);
        page.fill("#newPassword", "Another-Horse-8");
        page.click("form[action='/profile/password'] button[type=submit]");
        page.waitForURL(base() + "/profile");
        assertThat(page.locator("main [role=status]").textContent()).contains("password has been changed");
        assertThat(login(citizen.phone(), "Another-Horse-8").id()).isEqualTo(citizen.id());
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_resolved_complaint_is_rated_once_and_an_open_one_offers_no_rating() {
        var citizen = citizen("DSCC", "12");
        var complaint = file(citizen).get("id").asString();
        var page = signedIn(citizen);
        page.navigate("/complaints/" + complaint);
        assertThat(page.locator("#rating-form").count()).isZero();

        var office = staff("super_admin", "DSCC");
        for (var status : List.of("in_progress", "resolved")) {
            var moved = api.as(office.accessToken()).post("/api/v1/complaints/" + complaint + "/updates/", Map.of("new_status", status));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        }
        page.reload();
        page.check("#rating-4");
        page.fill("#rating-comment", "দ্রুত পরিষ্কার করা হয়েছে");
        page.click("#rating-form button[type=submit]");
        page.waitForSelector("#rating-given");

        var stored = jdbc.sql("SELECT rating, rating_comment FROM complaints WHERE id = CAST(:id AS uuid)").param("id", complaint)
                .query().singleRow();
        assertThat(stored).containsEntry("rating", 4).containsEntry("rating_comment", "দ্রুত পরিষ্কার করা হয়েছে");
        assertThat(page.locator("#rating-given").textContent()).contains("৪");
        assertThat(page.locator("#rating-form").count()).isZero();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_new_pages_have_no_serious_accessibility_problems_in_either_language() {
        var superAdmin = staff("super_admin", "DSCC");
        var notice = notice(superAdmin, Map.of("title", "ডেঙ্গু সতর্কতা", "is_urgent", true, "target_wards", List.of("12")));
        var round = api.as(superAdmin.accessToken()).post("/api/v1/waste/schedules/", Map.of("city_corporation", "DSCC",
                "ward_number", "12", "area", "নিউ মার্কেট", "days_of_week", List.of("monday", "wednesday"), "starts_at", "07:00",
                "ends_at", "09:00"));
        assertThat(round.status()).as(round.toString()).isEqualTo(201);
        var album = api.as(superAdmin.accessToken()).post("/api/v1/gallery/albums/", Map.of("title", "পরিচ্ছন্ন ধানমন্ডি",
                "city_corporation", "DSCC", "ward_number", "12", "is_published", true)).json().get("id").asString();
        api.as(superAdmin.accessToken()).multipart("/api/v1/gallery/albums/" + album + "/photos/",
                Map.of("is_published", "true"), "image", "photo.jpg", "image/jpeg", jpeg());
        var citizen = citizen("DSCC", "12");
        var complaint = file(citizen).get("id").asString();
        for (var status : List.of("in_progress", "resolved")) {
            api.as(superAdmin.accessToken()).post("/api/v1/complaints/" + complaint + "/updates/", Map.of("new_status", status));
        }
        var page = signedIn(citizen);
        page.navigate("/emergency");
        page.click("#type-medical");
        page.waitForURL(Pattern.compile(".*/emergency/[0-9a-f-]{36}$"));
        var emergency = page.url().substring(page.url().lastIndexOf('/') + 1);

        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/", "/notices", "/notices/" + notice, "/emergency", "/emergency/" + emergency,
                    "/waste/schedules", "/calendar", "/gallery", "/gallery/" + album, "/profile", "/complaints/" + complaint}) {
                page.navigate(path + "?lang=" + lang);
                axe(page);
            }
            page.navigate("/profile?lang=" + lang);
            page.click("form[action='/profile/password'] button[type=submit]");
            axe(page);
            page.navigate("/complaints/" + complaint + "?lang=" + lang);
            page.click("#rating-form button[type=submit]");
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }

    private String notice(Account who, Map<String, Object> fields) {
        var body = new HashMap<String, Object>(Map.of("content", "বিস্তারিত বিবরণ", "category", "general"));
        body.putAll(fields);
        var response = api.as(who.accessToken()).post("/api/v1/notices/", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static byte[] jpeg() {
        try {
            return java.nio.file.Files.readAllBytes(photo());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean isRead(Account who, String noticeId) {
        var board = api.as(who.accessToken()).get("/api/v1/notices/").json();
        for (JsonNode notice : board.get("results")) {
            if (notice.get("id").asString().equals(noticeId)) {
                return notice.get("is_read").asBoolean();
            }
        }
        throw new AssertionError("notice not on the board: " + noticeId);
    }
}
