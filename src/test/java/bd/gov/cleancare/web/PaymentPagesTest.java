package bd.gov.cleancare.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fees and donations on the web, through the sandbox gateway as a citizen's browser goes: the form,
 * the gateway's page, back to the receipt. The gateway sends the browser to PUBLIC_URL, so this
 * application runs on a port chosen up front and knows it as its public address.
 */
class PaymentPagesTest extends BrowserTest {

    private static final int PORT = freePort();

    @DynamicPropertySource
    static void publicAddress(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> PORT);
        properties.add("cleancare.public-url", () -> "http://127.0.0.1:" + PORT);
    }

    @Test
    void a_citizen_pays_a_fee_through_the_sandbox_and_only_they_see_its_receipt() {
        var citizen = citizen();
        var page = signedIn(citizen);
        page.click("nav a[href='/payments']");
        page.click("main a[href='/payments/new']");
        page.selectOption("#serviceType", "waste_collection");
        page.fill("#amount", "৫০০");
        page.check("#method-bkash");
        page.click("main form button[type=submit]");

        assertThat(page.locator("#payment-status").textContent()).isEqualTo("পরিশোধের অপেক্ষায়");
        var receipt = page.url();
        payOnTheSandbox(page, true);

        page.waitForURL(receipt);
        assertThat(page.locator("#payment-status").textContent()).isEqualTo("পরিশোধিত");
        assertThat(page.locator("#payment-amount").textContent()).isEqualTo("৳ ৫০০.০০");
        var transaction = page.locator("#transaction-id").textContent();
        assertThat(transaction).startsWith("TXN");
        assertThat(page.locator("#receipt-number").textContent()).startsWith("CCP-");
        assertThat(page.locator("main time").first().textContent()).contains("ঢাকা সময়");
        assertThat(page.locator("[data-print]").isVisible()).as("print.js shows the print button").isTrue();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("header.top").isVisible()).as("printed: the receipt alone").isFalse();
        assertThat(page.locator("[data-print]").isVisible()).isFalse();
        assertThat(page.locator("#payment-amount").isVisible()).isTrue();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
        var stored = jdbc.sql("SELECT status, amount, transaction_id FROM payments").query((rs, n) -> Map.of("status", rs.getString(1),
                "amount", rs.getBigDecimal(2).toPlainString(), "txn", rs.getString(3))).single();
        assertThat(stored).containsEntry("status", "completed").containsEntry("amount", "500.00").containsEntry("txn", transaction);

        page.navigate("/payments");
        assertThat(page.locator("main .cards").textContent()).contains("বর্জ্য সংগ্রহ ফি", "৳ ৫০০.০০", "পরিশোধিত");
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/payments", "/payments/new", receipt}) {
                page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                axe(page);
            }
        }
        page.navigate(receipt + "?lang=en");
        assertThat(page.locator("#payment-amount").textContent()).isEqualTo("৳ 500.00");
        assertThat(page.locator("main time").first().textContent()).contains("(Dhaka time)");
        page.navigate("/payments?lang=bn");

        page.click("nav form button[type=submit]");
        var stranger = signedIn(citizen());
        assertThat(stranger.navigate(receipt).status()).isEqualTo(404);
        assertThat(stranger.locator("main").textContent()).doesNotContain(transaction);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_payment_cancelled_on_the_gateway_says_so_and_has_no_receipt() {
        var page = signedIn(citizen());
        page.navigate("/payments/new?lang=en");
        page.selectOption("#serviceType", "birth_certificate");
        page.click("main form button[type=submit]");
        var payment = page.url();
        page.click("main form[action$='/verify'] button");
        assertThat(page.locator("#payment-status").textContent()).as("nobody paid yet").isEqualTo("Waiting for payment");

        payOnTheSandbox(page, false);
        page.waitForURL(payment);
        assertThat(page.locator("#payment-status").textContent()).isEqualTo("Cancelled");
        assertThat(page.locator("#payment-amount").textContent()).isEqualTo("৳ 50.00");
        assertThat(page.locator("#receipt-number").count()).isZero();
        assertThat(page.locator("#continue-payment").count()).isZero();
        assertThat(page.request().get(payment + "/receipt.pdf").status()).isEqualTo(409);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_refused_payment_form_names_the_field_and_starts_nothing() {
        var page = signedIn(citizen());
        page.navigate("/payments/new?lang=en");
        page.selectOption("#serviceType", "holding_tax");
        page.fill("#amount", "5");
        page.click("main form button[type=submit]");
        assertThat(page.locator("#form-errors").count()).isEqualTo(1);
        assertThat(page.locator("#amount-error").textContent()).contains("100");
        axe(page);
        assertThat(jdbc.sql("SELECT count(*) FROM payments").query(Long.class).single()).isZero();
    }

    @Test
    void a_citizen_donates_to_a_project_and_sees_it_counted() {
        var superAdmin = staff("super_admin", "DSCC");
        var created = api.as(superAdmin.accessToken()).post("/api/v1/donations/projects/", Map.of("title", "পার্ক সবুজায়ন",
                "title_en", "Greening the park", "description", "নতুন গাছ লাগানো", "target_amount", "1000"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var projectId = created.json().get("id").asString();

        var page = signedIn(citizen());
        page.click("main a[href='/donations']");
        page.click("#projects a");
        page.fill("#amount", "২৫০");
        page.check("#method-nagad");
        page.fill("#message", "শুভকামনা");
        page.click("main form button[type=submit]");
        var donation = page.url();
        assertThat(page.locator("#donation-status").textContent()).isEqualTo("পরিশোধের অপেক্ষায়");
        payOnTheSandbox(page, true);

        page.waitForURL(donation);
        // counted after commit by the donations module; the page asks again until it is
        page.waitForSelector("#donation-state .notice.ok", new Page.WaitForSelectorOptions().setTimeout(20_000));
        assertThat(page.locator("#donation-status").textContent()).isEqualTo("গৃহীত");
        assertThat(page.locator("#donation-amount").textContent()).isEqualTo("৳ ২৫০.০০");
        assertThat(page.locator("#transaction-id").textContent()).startsWith("TXN");
        assertThat(page.locator("#receipt-number").textContent()).startsWith("CCD-");

        page.navigate("/donations");
        assertThat(page.locator("#projects").textContent()).contains("৳ ২৫০.০০", "২৫.০%");
        assertThat(page.locator("#my-donations").textContent()).contains("গৃহীত");
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/donations", "/donations/projects/" + projectId, donation}) {
                page.navigate(path + "?lang=" + lang);
                axe(page);
            }
        }
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void ward_staff_see_their_wards_payments_and_approve_a_refund() {
        var citizen = citizen("DSCC", "12");
        var paymentId = paidThroughTheApi(citizen, "1000");
        paidThroughTheApi(citizen("DSCC", "13"), "700");
        var payer = signedIn(citizen);
        payer.navigate("/payments/" + paymentId);
        payer.fill("#refund-amount", "৫০০০");
        payer.click("section form button[type=submit]");
        assertThat(payer.locator("#amount-error").textContent()).as("more than was paid").contains("1000");
        payer.fill("#refund-amount", "১০০০");
        payer.fill("#reason", "দুবার কাটা হয়েছে");
        payer.click("section form button[type=submit]");
        assertThat(payer.locator("main [role=status]").count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM refunds").query(String.class).single()).isEqualTo("requested");
        payer.click("nav form button[type=submit]");

        var admin = staff("admin", "DSCC", "12");
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, ward_numbers, city_corporation, can_read, can_update)
                VALUES (:id, 'payments', ARRAY['12'], 'DSCC', TRUE, TRUE)""").param("id", admin.id()).update();

        var page = signedIn(admin);
        page.click("nav a[href='/staff/payments']");
        assertThat(page.locator("#payments tbody tr").count()).as("ward 13's payment is not theirs").isEqualTo(1);
        assertThat(page.locator("#payments").textContent()).contains("৳ ১,০০০.০০");
        page.selectOption("#status", "failed");
        page.click("main form button[type=submit]");
        assertThat(page.locator("#payments").count()).isZero();
        page.navigate("/staff/payments?status=completed&from=2020-01-01&to=2099-12-31");
        assertThat(page.locator("#payments tbody tr").count()).isEqualTo(1);

        page.click("main a[href='/staff/payments/refunds']");
        assertThat(page.locator("#refunds").textContent()).contains("দুবার কাটা হয়েছে");
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/staff/payments", "/staff/payments/refunds"}) {
                page.navigate(path + "?lang=" + lang);
                axe(page);
            }
        }
        page.navigate("/staff/payments/refunds?lang=bn");
        page.fill("#refunds input[name=note]", "যাচাই করা হয়েছে");
        page.click("#refunds button.approve");
        assertThat(page.locator("main [role=status]").textContent()).contains("ফেরত দেওয়া হয়েছে");
        assertThat(jdbc.sql("SELECT status FROM refunds").query(String.class).single()).isEqualTo("completed");
        assertThat(jdbc.sql("SELECT status FROM payments WHERE id = :id").param("id", UUID.fromString(paymentId))
                .query(String.class).single()).isEqualTo("refunded");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'payment.refunded' AND user_id = :id")
                .param("id", admin.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(page.locator("#refunds .card").count()).as("nothing left to decide").isZero();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_super_admin_opens_edits_and_closes_a_donation_project() {
        var page = signedIn(staff("super_admin", "DSCC"));
        page.click("nav a[href='/staff/donations']");
        page.click("main a[href='/staff/donations/new']");
        axe(page);
        page.fill("#title", "খাল পরিষ্কার");
        page.fill("#description", "খালের ময়লা সরানো");
        page.fill("#targetAmount", "৫০০০০");
        page.click("main form button[type=submit]");
        assertThat(page.locator("main [role=status]").count()).isEqualTo(1);
        assertThat(page.locator("#donation-projects").textContent()).contains("খাল পরিষ্কার", "৳ ৫০,০০০.০০", "চালু");

        page.click("#donation-projects a");
        page.fill("#titleEn", "Canal cleaning");
        page.fill("#endsOn", "2020-01-01");
        page.fill("#startsOn", "2020-02-01");
        page.click("main form button[type=submit]");
        assertThat(page.locator("#endsOn-error").count()).as("the last day before the first").isEqualTo(1);
        axe(page);
        page.fill("#startsOn", "");
        page.fill("#endsOn", "");
        page.click("main form button[type=submit]");
        assertThat(jdbc.sql("SELECT title_en FROM donation_projects").query(String.class).single()).isEqualTo("Canal cleaning");

        page.click("#donation-projects button[type=submit]");
        assertThat(page.locator("#donation-projects").textContent()).contains("বন্ধ");
        assertThat(jdbc.sql("SELECT is_active FROM donation_projects").query(Boolean.class).single()).isFalse();
        page.navigate("/donations");
        assertThat(page.locator("#projects .card").count()).isZero();
        for (var lang : new String[] {"bn", "en"}) {
            page.navigate("/staff/donations?lang=" + lang);
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void citizens_have_no_staff_payment_pages() {
        var page = signedIn(citizen());
        assertThat(page.locator("nav a[href='/staff/payments']").count()).isZero();
        assertThat(page.navigate("/staff/payments").status()).isEqualTo(403);
        assertThat(page.navigate("/staff/donations").status()).isEqualTo(403);
    }

    /** On the sandbox gateway's own page: pay or cancel; it sends the browser back to us. */
    private static void payOnTheSandbox(Page page, boolean pay) {
        page.click("#continue-payment");
        page.waitForURL("**/api/v1/payments/sandbox/**");
        page.click(pay ? "form[action='confirm/'] button" : "form[action='cancel/'] button");
    }

    private String paidThroughTheApi(Account who, String amount) {
        var started = api.as(who.accessToken()).post("/api/v1/payments/process/", Map.of("service_type", "holding_tax",
                "amount", amount, "payment_method", "bkash"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var sandboxPage = java.net.URI.create(started.json().get("redirect_url").asString()).getPath();
        var back = api.raw("POST", sandboxPage + "confirm/", "application/x-www-form-urlencoded", new byte[0]);
        var location = java.net.URI.create(back.header("Location"));
        assertThat(api.get(location.getRawPath() + "?" + location.getRawQuery()).json().get("status").asString()).isEqualTo("completed");
        return started.json().get("payment_id").asString();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
