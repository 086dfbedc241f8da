package bd.gov.cleancare.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
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

    private String notice(Account who, Map<String, Object> fields) {
        var body = new HashMap<String, Object>(Map.of("content", "বিস্তারিত বিবরণ", "category", "general"));
        body.putAll(fields);
        var response = api.as(who.accessToken()).post("/api/v1/notices/", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
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
