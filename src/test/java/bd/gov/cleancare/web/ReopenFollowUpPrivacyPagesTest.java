package bd.gov.cleancare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.complaints.FollowUps;
import bd.gov.cleancare.support.BrowserTest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one-tap follow-up page, the complaint page's "not fixed", and the profile's data download and account deletion. */
class ReopenFollowUpPrivacyPagesTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("/follow-up/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

    @Autowired
    FollowUps followUps;

    private String resolvedComplaint(Account citizen) {
        var admin = staff("admin", "DSCC", "12");
        var id = file(citizen).get("id").asString();
        for (var status : new String[] {"in_progress", "resolved"}) {
            assertThat(api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", status)).status())
                    .isEqualTo(201);
        }
        return id;
    }

    @Test
    void the_follow_up_link_answers_no_without_signing_in_and_the_complaint_reopens() {
        var citizen = citizen("DSCC", "12");
        var id = resolvedComplaint(citizen);
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        assertThat(followUps.askDue()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> sms.sent().stream().anyMatch(s -> s.text().contains("/follow-up/")));
        var matcher = LINK.matcher(sms.sent().stream().filter(s -> s.text().contains("/follow-up/")).findFirst().orElseThrow().text());
        assertThat(matcher.find()).isTrue();

        var page = page("/follow-up/" + matcher.group(1));
        assertThat(page.locator("h1").textContent()).isEqualTo("সমস্যাটি কি মিটেছে?");
        axe(page);
        page.navigate("/follow-up/" + matcher.group(1) + "?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("Has it been fixed?");
        axe(page);

        page.click("#follow-up-form button[value=no]");

        assertThat(page.locator("#follow-up-answered").textContent()).contains("Thank you", "No, not fixed", "open again");
        assertThat(page.locator("#follow-up-form").count()).isZero();
        assertThat(jdbc.sql("SELECT status FROM complaints WHERE id = CAST(:id AS uuid)").param("id", id).query(String.class).single())
                .isEqualTo("পুনরায় খোলা হয়েছে");
        axe(page);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_citizen_says_not_fixed_on_the_complaint_page_within_the_window() {
        var citizen = citizen("DSCC", "12");
        var id = resolvedComplaint(citizen);

        var page = signedIn(citizen);
        page.navigate("/complaints/" + id);
        axe(page);
        page.click("#reopen-form button[type=submit]");
        assertThat(page.locator("#reopen-refused").textContent()).isNotBlank();
        page.fill("#reopen-reason", "ময়লা আবার জমেছে");
        page.setInputFiles("#reopen-photo", photo());
        page.click("#reopen-form button[type=submit]");

        assertThat(page.locator("#reopen [role=status]").textContent()).contains("আবার খোলা হয়েছে");
        assertThat(page.locator("#reopen-form").count()).isZero();
        assertThat(page.locator(".facts").textContent()).contains("পুনরায় খোলা হয়েছে");
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_images").query(Long.class).single()).isEqualTo(1);
        axe(page);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_supporter_says_not_fixed_on_the_tracking_page_and_a_passer_by_sees_no_form() {
        var citizen = citizen("DSCC", "12");
        var supporter = citizen("DNCC", "5");
        var admin = staff("admin", "DSCC", "12");
        var complaint = file(citizen);
        var id = complaint.get("id").asString();
        var number = complaint.get("tracking_number").asString();
        assertThat(api.as(supporter.accessToken()).post("/api/v1/complaints/" + id + "/support/", Map.of()).status()).isEqualTo(200);
        for (var status : new String[] {"in_progress", "resolved"}) {
            api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", status));
        }

        var passerBy = signedIn(citizen("DSCC", "12"));
        passerBy.navigate("/track?number=" + number);
        assertThat(passerBy.locator("#tracked-title").textContent()).isEqualTo(number);
        assertThat(passerBy.locator("#reopen-form").count()).isZero();

        var page = signedIn(supporter);
        page.navigate("/track?number=" + number + "&lang=en");
        axe(page);
        page.click("#reopen-form button[type=submit]");
        assertThat(page.locator("#reopen-refused").textContent()).isNotBlank();
        assertThat(page.locator("#tracked-title").textContent()).as("back on the tracking page").isEqualTo(number);
        page.fill("#reopen-reason", "The drain is blocked again");
        page.click("#reopen-form button[type=submit]");

        assertThat(page.locator("#reopen [role=status]").textContent()).contains("open again");
        assertThat(page.locator("#reopen-form").count()).isZero();
        assertThat(page.locator(".facts").textContent()).contains("Re-opened");
        assertThat(jdbc.sql("SELECT via FROM complaint_reopens").query(String.class).single()).isEqualTo("supporter");
        axe(page);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_profile_deletes_the_account_after_the_password_confirms_it() {
        var citizen = citizen("DSCC", "12");
        file(citizen);

        var page = signedIn(citizen);
        page.navigate("/profile");
        assertThat(page.locator("#download-my-data").getAttribute("href")).isEqualTo("/profile/my-data");
        axe(page);
        page.fill("#delete-password", "not-my-password");
        page.click("#delete-account button[type=submit]");
        assertThat(page.locator("#delete-refused").textContent()).isEqualTo("পাসওয়ার্ডটি সঠিক নয়।");
        assertThat(jdbc.sql("SELECT erased_at IS NULL FROM users WHERE id = :id").param("id", citizen.id()).query(Boolean.class).single())
                .isTrue();

        page.fill("#delete-password", PASSWORD);
        page.click("#delete-account button[type=submit]");

        page.waitForURL(base() + "/account-deleted");
        assertThat(page.locator("#account-deleted").textContent()).contains("মুছে ফেলা হয়েছে");
        axe(page);
        assertThat(jdbc.sql("SELECT name FROM users WHERE id = :id").param("id", citizen.id()).query(String.class).single())
                .isEqualTo("ওয়ার্ড ১২-এর একজন নাগরিক");
        page.navigate("/profile");
        assertThat(page.url()).contains("/login");
        assertThat(cspViolations).isEmpty();
    }
}
