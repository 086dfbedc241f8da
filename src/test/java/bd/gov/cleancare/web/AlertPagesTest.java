package bd.gov.cleancare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.BrowserTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The citizen's /alerts page and the one-tap unsubscribe page from a message, in Bengali and English. */
class AlertPagesTest extends BrowserTest {

    @Test
    void the_citizen_adds_and_stops_an_alert_on_the_alerts_page() {
        var citizen = citizen("DSCC", "12");
        var page = signedIn(citizen);
        page.navigate("/alerts");
        assertThat(page.locator("h1").textContent()).isEqualTo("সতর্কবার্তা");
        assertThat(page.locator("#alerts-none").count()).isEqualTo(1);
        axe(page);

        page.click("#alert-form button[type=submit]");
        assertThat(page.locator("#ward-error").textContent()).isNotBlank();
        axe(page);

        page.selectOption("#ward", "DSCC/12");
        page.check("#category-roads");
        page.check("#smsDigest");
        page.click("#alert-form button[type=submit]");

        assertThat(page.locator("#alerts-done").textContent()).isEqualTo("সতর্কবার্তা যোগ হয়েছে।");
        assertThat(page.locator("#alerts-list li").count()).isEqualTo(1);
        assertThat(page.locator("#alerts-list").textContent()).contains("রাস্তাঘাট", "দিনে একটি এসএমএস");
        assertThat(page.locator("#alerts-list a").getAttribute("href")).isEqualTo("/feeds/wards/DSCC/12.atom");
        assertThat(jdbc.sql("SELECT categories[1] FROM alert_subscriptions WHERE user_id = :id").param("id", citizen.id())
                .query(String.class).single()).isEqualTo("roads");
        axe(page);

        page.navigate("/alerts?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("Alerts");
        axe(page);
        page.check("#place-point");
        page.fill("#latitude", "23.81");
        page.fill("#longitude", "90.41");
        page.fill("#radius", "50");
        page.click("#alert-form button[type=submit]");
        assertThat(page.locator("#radius-error").textContent()).contains("The radius must be from 100 to 5000 metres.");
        axe(page);

        page.click("#alerts-list button[type=submit]");
        assertThat(page.locator("#alerts-done").textContent()).isEqualTo("Alert stopped.");
        assertThat(page.locator("#alerts-none").count()).isEqualTo(1);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_link_in_an_in_app_alert_shows_the_alerts_behind_it_and_stops_them_with_one_tap() {
        var citizen = citizen("DSCC", "12");
        var created = api.as(citizen.accessToken()).post("/api/v1/alerts/", Map.of("city_corporation", "DSCC", "ward_number", "12",
                "new_complaints", true, "status_changes", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        file(citizen("DSCC", "12"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM notifications WHERE kind = 'alert_new'")
                .query(Long.class).single() == 1);
        var body = jdbc.sql("SELECT body FROM notifications WHERE kind = 'alert_new'").query(String.class).single();
        var path = body.substring(body.indexOf("/alerts/stop/"));

        var page = signedIn(citizen);
        page.navigate(path);
        assertThat(page.locator("h1").textContent()).isEqualTo("এই সতর্কবার্তাগুলো বন্ধ করবেন?");
        assertThat(page.locator("#alerts-behind li").count()).isEqualTo(1);
        axe(page);
        page.navigate(path + "?lang=en");
        axe(page);

        page.click("#alerts-stop-form button[type=submit]");

        assertThat(page.locator("#alerts-done").textContent()).isEqualTo("Alert stopped.");
        assertThat(page.locator("#alerts-none").count()).isEqualTo(1);
        page.navigate(path);
        assertThat(page.locator("#alerts-stop-none").count()).isEqualTo(1);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_unsubscribe_link_stops_the_alert_with_one_tap_without_signing_in() {
        var citizen = citizen("DSCC", "12");
        var created = api.as(citizen.accessToken()).post("/api/v1/alerts/", Map.of("city_corporation", "DSCC", "ward_number", "12",
                "new_complaints", true, "status_changes", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var url = created.json().get("unsubscribe_url").asString();
        var path = url.substring(url.indexOf("/alerts/unsubscribe/"));

        var page = page(path);
        assertThat(page.locator("h1").textContent()).isEqualTo("এই সতর্কবার্তা বন্ধ করবেন?");
        axe(page);
        page.navigate(path + "?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("Stop this alert?");
        axe(page);

        page.click("#unsubscribe-form button[type=submit]");

        page.waitForURL(base() + "/alerts/unsubscribed");
        assertThat(page.locator("#unsubscribed").textContent()).contains("nothing more");
        axe(page);
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriptions").query(Long.class).single()).isZero();
        var again = page.navigate(path);
        assertThat(again.status()).isEqualTo(404);
        assertThat(cspViolations).isEmpty();
    }
}
