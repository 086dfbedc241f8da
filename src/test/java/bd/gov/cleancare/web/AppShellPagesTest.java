package bd.gov.cleancare.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The portal as an app: manifest, service worker, offline page, and complaints filed offline sent once back online. */
class AppShellPagesTest extends BrowserTest {

    @Test
    void the_manifest_and_the_service_worker_are_served_and_the_worker_is_registered() {
        var manifest = api.get("/manifest.webmanifest");
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.contentType()).startsWith("application/manifest+json");
        var json = manifest.json();
        assertThat(json.get("name").asString()).isEqualTo("ক্লিন কেয়ার বাংলাদেশ");
        assertThat(json.get("lang").asString()).isEqualTo("bn");
        assertThat(json.get("start_url").asString()).isEqualTo("/");
        assertThat(json.get("icons")).hasSize(2);
        for (var icon : json.get("icons")) {
            var png = api.get(icon.get("src").asString());
            assertThat(png.status()).isEqualTo(200);
            assertThat(png.contentType()).isEqualTo("image/png");
            assertThat(png.body().length).isLessThan(4096);
        }

        var worker = api.get("/sw.js");
        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.contentType()).startsWith("text/javascript");
        assertThat(worker.header("Cache-Control")).contains("no-cache");
        assertThat(worker.text()).doesNotContain("__SHELL__", "__VERSION__").contains("/offline", "/vendor/htmx/2.0.11/htmx.min.js")
                .containsPattern("/js/pwa-[0-9a-f]{32}\\.js");

        var page = page("/");
        assertThat(page.getAttribute("link[rel=manifest]", "href")).isEqualTo("/manifest.webmanifest");
        @SuppressWarnings("unchecked")
        var registration = page.evaluate("""
                async () => { const r = await navigator.serviceWorker.ready; return [r.scope, r.active.scriptURL]; }""");
        assertThat((java.util.List<Object>) registration).containsExactly(base() + "/", base() + "/sw.js");

        // once installed, a page that cannot be loaded shows the offline page
        page.reload();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        context.setOffline(true);
        page.navigate("/gallery");
        assertThat(page.locator("h1").textContent()).isEqualTo("আপনি অফলাইনে আছেন");
        context.setOffline(false);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_complaint_submitted_offline_is_kept_and_sent_when_the_connection_returns() {
        var citizen = citizen("DSCC", "12");
        var page = signedIn(citizen);
        page.navigate("/complaints/new");
        page.waitForSelector("form[data-queue-ready]");

        context.setOffline(true);
        page.selectOption("#category", "cleanliness");
        page.fill("#title", "অফলাইনে করা অভিযোগ");
        page.fill("#description", "ড্রেন বন্ধ হয়ে পানি জমে আছে।");
        page.fill("#location", "ধানমন্ডি ২৭");
        page.setInputFiles("#photo", photo());
        page.click("main form[data-queue] button[type=submit]");
        assertThat(page.locator("#queue-notice").textContent()).contains("আপনার অভিযোগ এই ফোনে রাখা হয়েছে");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isZero();

        context.setOffline(false);
        page.waitForSelector("#queue-notice a");
        var number = jdbc.sql("SELECT tracking_number FROM complaints WHERE title = 'অফলাইনে করা অভিযোগ'").query(String.class).single();
        assertThat(page.locator("#queue-notice .tracking").textContent()).isEqualTo(number);
        assertThat(page.getAttribute("#queue-notice a", "href")).matches(Pattern.compile("/complaints/[0-9a-f-]{36}"));
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_images").query(Long.class).single()).isEqualTo(1);

        page.navigate("/complaints");
        assertThat(page.locator(".cards h2").allTextContents()).containsExactly("অফলাইনে করা অভিযোগ");
        // sent once only: reloading does not file it again
        page.navigate("/complaints/new");
        page.waitForSelector("form[data-queue-ready]");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isEqualTo(1);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void the_offline_page_passes_axe_in_bengali_and_english() {
        var page = page("/offline");
        axe(page);
        page.navigate("/offline?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("You are offline");
        axe(page);
    }
}
