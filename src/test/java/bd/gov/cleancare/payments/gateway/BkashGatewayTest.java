package bd.gov.cleancare.payments.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.cleancare.payments.gateway.PaymentGateway.Order;
import bd.gov.cleancare.payments.gateway.PaymentGateway.Reference;
import bd.gov.cleancare.payments.gateway.PaymentGateway.Verdict;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The bKash adapter against a local fake of bKash's Tokenized Checkout API (v1.2.0-beta). */
class BkashGatewayTest {

    private static final String API = "/v1.2.0-beta/tokenized/checkout";
    private static final String PAYMENT_ID = "TR0011ON1565154754797";
    private static final String TRANSACTION = "TXN0A1B2C3D4E5F";
    private static final BigDecimal AMOUNT = new BigDecimal("150.00");

    private WireMockServer bkash;
    private MovableClock clock;
    private BkashGateway gateway;

    @BeforeEach
    void start() {
        bkash = new WireMockServer(wireMockConfig().dynamicPort());
        bkash.start();
        clock = new MovableClock(Instant.parse("2026-03-01T06:00:00Z"));
        var properties = new BkashProperties(bkash.baseUrl() + "/v1.2.0-beta", "app-key-1", "app-secret-1", "merchant-user",
                "merchant-pass", Duration.ofSeconds(1));
        gateway = new BkashGateway(properties, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(),
                JsonMapper.builder().build(), clock);
        bkash.stubFor(post(API + "/token/grant").willReturn(okJson(token("id-token-1", "refresh-token-1"))));
    }

    @AfterEach
    void stop() {
        bkash.stop();
    }

    @Test
    void create_grants_a_token_and_asks_for_a_mode_0011_sale_invoiced_with_our_transaction_id() {
        bkash.stubFor(post(API + "/create").willReturn(okJson("""
                {"statusCode":"0000","statusMessage":"Successful","paymentID":"%s",
                 "bkashURL":"https://sandbox.payment.bkash.com/redirect/tokenized/?paymentID=%s","amount":"150.00",
                 "intent":"sale","currency":"BDT","transactionStatus":"Initiated","merchantInvoiceNumber":"%s"}
                """.formatted(PAYMENT_ID, PAYMENT_ID, TRANSACTION))));

        var created = gateway.create(new Order(TRANSACTION, AMOUNT, "Holding tax", "+8801712345678",
                "https://cleancare.example/api/v1/payments/bkash/callback/"));

        assertThat(created.gatewayPaymentId()).isEqualTo(PAYMENT_ID);
        assertThat(created.redirectUrl()).startsWith("https://sandbox.payment.bkash.com/redirect/tokenized/");
        assertThat(created.response()).containsEntry("paymentID", PAYMENT_ID).doesNotContainKeys("id_token", "app_key");
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/token/grant"))
                .withHeader("username", equalTo("merchant-user"))
                .withHeader("password", equalTo("merchant-pass"))
                .withRequestBody(equalToJson("{\"app_key\":\"app-key-1\",\"app_secret\":\"app-secret-1\"}")));
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/create"))
                .withHeader("Authorization", equalTo("id-token-1"))
                .withHeader("X-APP-Key", equalTo("app-key-1"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"mode":"0011","payerReference":"01712345678","callbackURL":"https://cleancare.example/api/v1/payments/bkash/callback/",
                         "amount":"150.00","currency":"BDT","intent":"sale","merchantInvoiceNumber":"%s"}""".formatted(TRANSACTION))));
    }

    @Test
    void a_create_bkash_refuses_is_reported_as_a_refusal() {
        bkash.stubFor(post(API + "/create").willReturn(okJson("{\"statusCode\":\"2006\",\"statusMessage\":\"Invalid amount\"}")));

        assertThatThrownBy(() -> gateway.create(new Order(TRANSACTION, AMOUNT, "Holding tax", null, "https://cleancare.example/cb/")))
                .isInstanceOf(GatewayRefused.class).hasMessageContaining("2006").hasMessageContaining("Invalid amount");
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/create"))
                .withRequestBody(matchingJsonPath("$.payerReference", equalTo(TRANSACTION))));
    }

    @Test
    void a_success_callback_executes_the_payment_and_completes_it_with_bkash_trx_id() {
        bkash.stubFor(post(API + "/execute").willReturn(okJson(completed("150.00"))));

        var outcome = gateway.confirm(payment(), Map.of("paymentID", PAYMENT_ID, "status", "success"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(outcome.gatewayTransactionId()).isEqualTo("6H7801QFYM");
        assertThat(outcome.response()).containsEntry("trxID", "6H7801QFYM");
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/execute"))
                .withHeader("Authorization", equalTo("id-token-1"))
                .withHeader("X-APP-Key", equalTo("app-key-1"))
                .withRequestBody(equalToJson("{\"paymentID\":\"" + PAYMENT_ID + "\"}")));
        bkash.verify(0, postRequestedFor(urlEqualTo(API + "/payment/status")));
    }

    @Test
    void an_execute_bkash_refuses_fails_the_payment_with_bkash_reason() {
        bkash.stubFor(post(API + "/execute").willReturn(okJson("{\"statusCode\":\"2023\",\"statusMessage\":\"Insufficient Balance\"}")));
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(status("Initiated"))));

        var outcome = gateway.confirm(payment(), Map.of("paymentID", PAYMENT_ID, "status", "success"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.message()).isEqualTo("bKash 2023: Insufficient Balance");
    }

    @Test
    void a_cancel_callback_is_checked_with_bkash_and_cancels_without_executing() {
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(status("Initiated"))));

        var outcome = gateway.confirm(payment(), Map.of("paymentID", PAYMENT_ID, "status", "cancel"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.CANCELLED);
        bkash.verify(0, postRequestedFor(urlEqualTo(API + "/execute")));
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/payment/status"))
                .withHeader("Authorization", equalTo("id-token-1"))
                .withRequestBody(equalToJson("{\"paymentID\":\"" + PAYMENT_ID + "\"}")));
    }

    @Test
    void a_failure_callback_fails_the_payment_unless_bkash_completed_it() {
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(status("Initiated"))));
        assertThat(gateway.confirm(payment(), Map.of("status", "failure")).verdict()).isEqualTo(Verdict.FAILED);

        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(completed("150.00"))));
        assertThat(gateway.confirm(payment(), Map.of("status", "failure")).verdict()).isEqualTo(Verdict.COMPLETED);
    }

    @Test
    void a_forged_success_callback_does_not_complete_a_payment_bkash_did_not_take() {
        bkash.stubFor(post(API + "/execute").willReturn(okJson("{\"statusCode\":\"2056\",\"statusMessage\":\"Invalid Payment State\"}")));
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(status("Cancelled"))));

        var outcome = gateway.confirm(payment(), Map.of("paymentID", PAYMENT_ID, "status", "success"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.CANCELLED);
        assertThat(outcome.gatewayTransactionId()).isNull();
    }

    @Test
    void a_payment_id_only_the_callback_names_is_looked_up_never_executed_and_must_be_ours() {
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(completed("150.00").replace(TRANSACTION, "TXN-SOMEONE-ELSE"))));

        var outcome = gateway.confirm(new Reference(TRANSACTION, null, null, AMOUNT),
                Map.of("paymentID", "TR-OTHER", "status", "success"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.message()).contains("TXN-SOMEONE-ELSE");
        bkash.verify(0, postRequestedFor(urlEqualTo(API + "/execute")));
    }

    @Test
    void a_second_callback_finds_the_payment_already_executed_and_still_completes_it_once() {
        bkash.stubFor(post(API + "/execute").inScenario("callbacks").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(completed("150.00"))).willSetStateTo("executed"));
        bkash.stubFor(post(API + "/execute").inScenario("callbacks").whenScenarioStateIs("executed")
                .willReturn(okJson("{\"statusCode\":\"2062\",\"statusMessage\":\"The payment has already been completed\"}")));
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(completed("150.00"))));
        var callback = Map.of("paymentID", PAYMENT_ID, "status", "success");

        var first = gateway.confirm(payment(), callback);
        var second = gateway.confirm(payment(), callback);

        assertThat(first.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(second.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(second.gatewayTransactionId()).isEqualTo(first.gatewayTransactionId());
        bkash.verify(2, postRequestedFor(urlEqualTo(API + "/execute")));
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/payment/status")));
    }

    @Test
    void an_execute_that_times_out_is_settled_by_asking_bkash_for_the_status_not_by_executing_again() {
        bkash.stubFor(post(API + "/execute").willReturn(okJson(completed("150.00")).withFixedDelay(2500)));
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(completed("150.00"))));

        var outcome = gateway.confirm(payment(), Map.of("paymentID", PAYMENT_ID, "status", "success"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.COMPLETED);
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/execute")));
    }

    @Test
    void a_status_lookup_that_times_out_is_asked_once_more_then_reported_unavailable() {
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(completed("150.00")).withFixedDelay(2500)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        bkash.verify(2, postRequestedFor(urlEqualTo(API + "/payment/status")));
    }

    @Test
    void a_server_error_is_no_answer_and_a_create_is_never_repeated() {
        bkash.stubFor(post(API + "/create").willReturn(aResponse().withStatus(500)));
        bkash.stubFor(post(API + "/payment/status").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> gateway.create(new Order(TRANSACTION, AMOUNT, "Holding tax", null, "https://cleancare.example/cb/")))
                .isInstanceOf(GatewayUnavailable.class);
        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class);
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/create")));
        bkash.verify(2, postRequestedFor(urlEqualTo(API + "/payment/status")));
    }

    @Test
    void a_malformed_answer_is_no_answer() {
        bkash.stubFor(post(API + "/payment/status").willReturn(aResponse().withStatus(200).withBody("<html>gateway timeout</html>")));

        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class);
    }

    @Test
    void an_error_code_on_a_status_lookup_concludes_nothing_but_an_unknown_payment_id_fails() {
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson("{\"statusCode\":\"2020\",\"statusMessage\":\"Exception Occurred\"}")));
        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class);

        bkash.stubFor(post(API + "/payment/status").willReturn(okJson("{\"statusCode\":\"2002\",\"statusMessage\":\"Invalid Payment ID\"}")));
        assertThat(gateway.query(payment()).verdict()).isEqualTo(Verdict.FAILED);
    }

    @Test
    void a_payment_bkash_reports_for_another_amount_fails_as_possible_tampering() {
        bkash.stubFor(post(API + "/execute").willReturn(okJson(completed("15.00"))));

        var outcome = gateway.confirm(payment(), Map.of("paymentID", PAYMENT_ID, "status", "success"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.message()).contains("15.00").contains("150.00").contains("tampering");
    }

    @Test
    void a_payment_known_only_by_its_trx_id_is_looked_up_with_search_transaction() {
        bkash.stubFor(post(API + "/general/searchTransaction").willReturn(okJson("""
                {"statusCode":"0000","statusMessage":"Successful","trxID":"6H7801QFYM","transactionStatus":"Completed",
                 "amount":"150.00","currency":"BDT","transactionType":"10020031"}""")));

        var outcome = gateway.query(new Reference(TRANSACTION, null, "6H7801QFYM", AMOUNT));

        assertThat(outcome.verdict()).isEqualTo(Verdict.COMPLETED);
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/general/searchTransaction"))
                .withRequestBody(equalToJson("{\"trxID\":\"6H7801QFYM\"}")));
    }

    @Test
    void the_token_is_kept_until_shortly_before_it_expires_then_refreshed() {
        bkash.stubFor(post(API + "/token/refresh").willReturn(okJson(token("id-token-2", "refresh-token-2"))));
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(status("Initiated"))));

        gateway.query(payment());
        clock.advance(Duration.ofMinutes(30));
        gateway.query(payment());
        clock.advance(Duration.ofMinutes(26));
        gateway.query(payment());

        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/token/grant")));
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/token/refresh"))
                .withHeader("username", equalTo("merchant-user"))
                .withHeader("password", equalTo("merchant-pass"))
                .withRequestBody(equalToJson("""
                        {"app_key":"app-key-1","app_secret":"app-secret-1","refresh_token":"refresh-token-1"}""")));
        bkash.verify(2, postRequestedFor(urlEqualTo(API + "/payment/status")).withHeader("Authorization", equalTo("id-token-1")));
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/payment/status")).withHeader("Authorization", equalTo("id-token-2")));
    }

    @Test
    void a_refresh_bkash_refuses_is_followed_by_a_new_grant() {
        bkash.stubFor(post(API + "/token/refresh").willReturn(okJson("{\"statusCode\":\"2079\",\"statusMessage\":\"Invalid refresh token\"}")));
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(status("Initiated"))));

        gateway.query(payment());
        clock.advance(Duration.ofMinutes(58));
        gateway.query(payment());

        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/token/refresh")));
        bkash.verify(2, postRequestedFor(urlEqualTo(API + "/token/grant")));
    }

    @Test
    void callers_at_the_same_moment_share_one_grant() throws Exception {
        bkash.stubFor(post(API + "/token/grant").willReturn(okJson(token("id-token-1", "refresh-token-1")).withFixedDelay(100)));
        bkash.stubFor(post(API + "/payment/status").willReturn(okJson(status("Initiated"))));

        try (var threads = Executors.newFixedThreadPool(8)) {
            var calls = new ArrayList<Callable<PaymentGateway.Outcome>>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> gateway.query(payment()));
            }
            for (var result : threads.invokeAll(calls)) {
                assertThat(result.get().verdict()).isEqualTo(Verdict.PENDING);
            }
        }

        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/token/grant")));
    }

    @Test
    void a_token_bkash_rejects_is_forgotten_and_granted_anew() {
        bkash.stubFor(post(API + "/payment/status").inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Unauthorized\"}")).willSetStateTo("rejected"));
        bkash.stubFor(post(API + "/payment/status").inScenario("token").whenScenarioStateIs("rejected")
                .willReturn(okJson(status("Initiated"))));

        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class);
        assertThat(gateway.query(payment()).verdict()).isEqualTo(Verdict.PENDING);

        bkash.verify(2, postRequestedFor(urlEqualTo(API + "/token/grant")));
    }

    @Test
    void a_refund_sends_payment_trx_amount_sku_and_reason_and_reports_bkash_refund_trx() {
        bkash.stubFor(post(API + "/payment/refund").willReturn(okJson("""
                {"statusCode":"0000","statusMessage":"Successful","completedTime":"2026-03-01T12:40:00:000 GMT+0600",
                 "transactionStatus":"Completed","originalTrxID":"6H7801QFYM","refundTrxID":"6H7R01REFD",
                 "amount":"50.00","currency":"BDT","charge":"0.00"}""")));

        var result = gateway.refund(new Reference(TRANSACTION, PAYMENT_ID, "6H7801QFYM", AMOUNT), new BigDecimal("50"), "Duplicate payment");

        assertThat(result.refunded()).isTrue();
        assertThat(result.refundId()).isEqualTo("6H7R01REFD");
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/payment/refund"))
                .withHeader("Authorization", equalTo("id-token-1"))
                .withHeader("X-APP-Key", equalTo("app-key-1"))
                .withRequestBody(equalToJson("""
                        {"paymentID":"%s","amount":"50.00","trxID":"6H7801QFYM","sku":"%s","reason":"Duplicate payment"}"""
                        .formatted(PAYMENT_ID, TRANSACTION))));
    }

    @Test
    void a_refund_bkash_refuses_is_not_a_refund_and_a_lost_answer_is_not_retried() {
        bkash.stubFor(post(API + "/payment/refund").willReturn(okJson("{\"statusCode\":\"2071\",\"statusMessage\":\"Refund not allowed\"}")));
        var paid = new Reference(TRANSACTION, PAYMENT_ID, "6H7801QFYM", AMOUNT);

        var refused = gateway.refund(paid, AMOUNT, null);

        assertThat(refused.refunded()).isFalse();
        assertThat(refused.message()).isEqualTo("bKash 2071: Refund not allowed");

        bkash.stubFor(post(API + "/payment/refund").willReturn(aResponse().withStatus(504)));
        assertThatThrownBy(() -> gateway.refund(paid, AMOUNT, "again")).isInstanceOf(GatewayUnavailable.class);
        bkash.verify(2, postRequestedFor(urlEqualTo(API + "/payment/refund")));
    }

    @Test
    void refund_status_asks_the_refund_endpoint_with_payment_and_trx_only() {
        bkash.stubFor(post(API + "/payment/refund").willReturn(okJson("""
                {"statusCode":"0000","transactionStatus":"Completed","originalTrxID":"6H7801QFYM","refundTrxID":"6H7R01REFD",
                 "amount":"50.00","currency":"BDT"}""")));

        var status = gateway.refundStatus(new Reference(TRANSACTION, PAYMENT_ID, "6H7801QFYM", AMOUNT));

        assertThat(status.refunded()).isTrue();
        bkash.verify(1, postRequestedFor(urlEqualTo(API + "/payment/refund"))
                .withRequestBody(equalToJson("{\"paymentID\":\"" + PAYMENT_ID + "\",\"trxID\":\"6H7801QFYM\"}")));
    }

    private static Reference payment() {
        return new Reference(TRANSACTION, PAYMENT_ID, null, AMOUNT);
    }

    private static String token(String idToken, String refreshToken) {
        return """
                {"statusCode":"0000","statusMessage":"Successful","id_token":"%s","token_type":"Bearer",
                 "expires_in":3600,"refresh_token":"%s"}""".formatted(idToken, refreshToken);
    }

    private static String completed(String amount) {
        return """
                {"statusCode":"0000","statusMessage":"Successful","paymentID":"%s","payerReference":"01770618575",
                 "customerMsisdn":"01770618575","trxID":"6H7801QFYM","amount":"%s","transactionStatus":"Completed",
                 "paymentExecuteTime":"2026-03-01T12:15:56:336 GMT+0600","currency":"BDT","intent":"sale",
                 "merchantInvoiceNumber":"%s"}""".formatted(PAYMENT_ID, amount, TRANSACTION);
    }

    private static String status(String transactionStatus) {
        return """
                {"statusCode":"0000","statusMessage":"Successful","paymentID":"%s","amount":"150.00","currency":"BDT",
                 "intent":"sale","transactionStatus":"%s","merchantInvoiceNumber":"%s"}"""
                .formatted(PAYMENT_ID, transactionStatus, TRANSACTION);
    }

    /** Time that moves only when the test says so. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
