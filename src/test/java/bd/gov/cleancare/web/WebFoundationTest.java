package bd.gov.cleancare.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages' foundation: language, digits, security headers, CSRF, error pages, assets. */
class WebFoundationTest extends BrowserTest {

    private static final Pattern BENGALI_DIGIT = Pattern.compile("[০-৯]");
    private static final Pattern ASCII_DIGIT = Pattern.compile("[0-9]");

    @Test
    void pages_are_in_bengali_by_default_whatever_the_browser_prefers() {
        var page = page("/");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("bn");
        assertThat(page.locator("h1").textContent()).isEqualTo("আপনার শহর, আপনার সেবা");
        assertThat(page.locator("a.lang").textContent()).isEqualTo("English");
    }

    @Test
    void the_language_switch_turns_the_page_and_the_next_ones_to_english_and_back() {
        var page = page("/track");
        page.click("a.lang");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("h1").textContent()).isEqualTo("Track a complaint");
        page.navigate("/");
        assertThat(page.locator("h1").textContent()).isEqualTo("Your city, your services");
        var cookie = context.cookies().stream().filter(c -> c.name.equals("lang")).findFirst().orElseThrow();
        assertThat(cookie.value).isEqualTo("en");
        assertThat(cookie.httpOnly).isTrue();
        page.click("a.lang");
        assertThat(page.locator("h1").textContent()).isEqualTo("আপনার শহর, আপনার সেবা");
    }

    @Test
    void numbers_and_dates_are_in_bengali_digits_in_bengali_and_ascii_in_english() {
        var citizen = citizen();
        var filed = file(citizen);
        var page = signedIn(citizen);
        page.navigate("/complaints/" + filed.get("id").asString());
        var filedAt = page.locator("dl.facts time").last().textContent();
        assertThat(filedAt).containsPattern(BENGALI_DIGIT).doesNotContainPattern(ASCII_DIGIT).contains("ঢাকা সময়");
        assertThat(page.locator("dl.facts dd:has-text('DSCC')").textContent()).isEqualTo("DSCC ১২");
        page.navigate("/complaints/" + filed.get("id").asString() + "?lang=en");
        filedAt = page.locator("dl.facts time").last().textContent();
        assertThat(filedAt).containsPattern(ASCII_DIGIT).doesNotContainPattern(BENGALI_DIGIT).contains("Dhaka time");
        assertThat(page.locator("dl.facts dd:has-text('DSCC')").textContent()).isEqualTo("DSCC 12");
    }

    @Test
    void pages_carry_a_strict_content_security_policy_and_break_none_of_it() {
        var page = page("/");
        var response = page.navigate("/");
        var csp = response.headerValue("content-security-policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'", "img-src 'self' data: https://tile.openstreetmap.org").doesNotContain("unsafe");
        assertThat(response.headerValue("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headerValue("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        page.navigate("/login");
        page.navigate("/signup");
        page.navigate("/track?number=CC000000000000");
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_with_an_html_page() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("phone=01711111111&password=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html", "দুঃখিত").doesNotContain("Exception", "at bd.gov");
    }

    @Test
    void an_unknown_page_sends_an_anonymous_visitor_to_the_login_page_as_any_non_public_page_does() {
        var page = page("/no-such-page");
        assertThat(page.url()).isEqualTo(base() + "/login");
    }

    @Test
    void every_form_carries_a_csrf_token() {
        for (var path : new String[] {"/login", "/signup", "/forgot-password"}) {
            var page = page(path);
            assertThat(page.locator("main form input[name=_csrf]").count()).as(path).isPositive();
        }
    }

    @Test
    void an_unknown_page_is_an_html_404_while_the_api_keeps_answering_problems() {
        var citizen = citizen();
        var page = signedIn(citizen);
        page.navigate("/no-such-page?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("Sorry");
        assertThat(page.locator("main [role=alert]").textContent()).isEqualTo("This page does not exist.");
        var api = this.api.as(citizen.accessToken()).get("/api/v1/no-such-thing/");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_protected_page_sends_visitors_to_the_login_page_and_back_after_it() {
        var citizen = citizen();
        var page = page("/complaints");
        assertThat(page.url()).isEqualTo(base() + "/login");
        page.fill("#phone", citizen.phone());
        page.fill("#password", PASSWORD);
        page.click("main button[type=submit]");
        page.waitForURL(base() + "/complaints?continue");
        assertThat(page.locator("h1").textContent()).isEqualTo("আমার অভিযোগ");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_kept_in_redis() {
        var citizen = citizen();
        signedIn(citizen);
        var session = context.cookies().stream().filter(c -> c.name.equals("SESSION")).findFirst().orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).hasToString("LAX");
        assertThat(redis.keys("cleancare:session:*")).isNotEmpty();
    }

    @Test
    void the_stylesheet_is_inline_and_assets_have_versioned_urls_cached_for_a_year() {
        var page = page("/");
        assertThat(page.locator("link[rel=stylesheet]").count()).as("no second round trip before the first paint").isZero();
        assertThat(page.locator("head style").count()).isEqualTo(1);
        var script = page.locator("script[src*=htmx]").getAttribute("src");
        assertThat(script).matches("/vendor/htmx/[0-9.]+/htmx\\.min\\.js");
        var response = page.navigate(script);
        assertThat(response.headerValue("cache-control")).contains("max-age=31536000");
    }

    @Test
    void a_live_refresh_without_a_session_sends_the_whole_page_to_login() {
        var refresh = api.with("HX-Request", "true").get("/staff/emergencies/open");
        assertThat(refresh.status()).isEqualTo(204);
        assertThat(refresh.header("HX-Redirect")).isEqualTo("/login");
        var page = api.get("/staff/emergencies/open");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
    }

    @Test
    void the_api_stays_stateless_and_sets_no_cookie() {
        var response = api.get("/api/v1/complaints/track/CC000000000000/");
        assertThat(response.header("set-cookie")).isNull();
    }
}
