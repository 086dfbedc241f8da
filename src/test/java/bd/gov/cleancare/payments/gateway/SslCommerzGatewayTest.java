package bd.gov.cleancare.payments.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.cleancare.payments.gateway.PaymentGateway.Order;
import bd.gov.cleancare.payments.gateway.PaymentGateway.Reference;
import bd.gov.cleancare.payments.gateway.PaymentGateway.Verdict;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The SSLCommerz adapter against a local fake of SSLCommerz's v4 session, validation, query and refund APIs. */
class SslCommerzGatewayTest {

    private static final String SESSION = "/gwprocess/v4/api.php";
    private static final String VALIDATION = "/validator/api/validationserverAPI.php";
    private static final String TRANSACTIONS = "/validator/api/merchantTransIDvalidationAPI.php";
    private static final String TRANSACTION = "TXN0A1B2C3D4E5F";
    private static final String VAL_ID = "260301123456ABCDEFGHIJKL";
    private static final BigDecimal AMOUNT = new BigDecimal("150.00");
    private static final String CALLBACK = "https://cleancare.example/api/v1/payments/sslcommerz/callback/";

    private WireMockServer sslcommerz;
    private SslCommerzGateway gateway;

    @BeforeEach
    void start() {
        sslcommerz = new WireMockServer(wireMockConfig().dynamicPort());
        sslcommerz.start();
        var properties = new SslCommerzProperties(sslcommerz.baseUrl(), "cleancare0test", "cleancare0test@ssl", Duration.ofSeconds(1),
                "payments@cleancare.gov.bd");
        gateway = new SslCommerzGateway(properties, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(),
                JsonMapper.builder().build());
    }

    @AfterEach
    void stop() {
        sslcommerz.stop();
    }

    @Test
    void create_opens_a_session_with_our_transaction_amount_and_callbacks_and_sends_the_citizen_to_its_page() {
        sslcommerz.stubFor(post(SESSION).willReturn(okJson("""
                {"status":"SUCCESS","failedreason":"","sessionkey":"F650E87F1AE6CE4A8D3E5E1B6B4E0D2C",
                 "GatewayPageURL":"https://sandbox.sslcommerz.com/EasyCheckOut/testcdef650e87f1ae6ce4a8d3e5e1b6b4e0d2c",
                 "storeBanner":"https://sandbox.sslcommerz.com/stores/logos/demoLogo.png","is_direct_pay_enable":"0"}""")));

        var created = gateway.create(new Order(TRANSACTION, AMOUNT, "Waste collection fee", "01712345678", CALLBACK));

        assertThat(created.gatewayPaymentId()).isEqualTo("F650E87F1AE6CE4A8D3E5E1B6B4E0D2C");
        assertThat(created.redirectUrl()).startsWith("https://sandbox.sslcommerz.com/EasyCheckOut/");
        sslcommerz.verify(1, postRequestedFor(urlEqualTo(SESSION))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("store_id", equalTo("cleancare0test"))
                .withFormParam("store_passwd", equalTo("cleancare0test@ssl"))
                .withFormParam("total_amount", equalTo("150.00"))
                .withFormParam("currency", equalTo("BDT"))
                .withFormParam("tran_id", equalTo(TRANSACTION))
                .withFormParam("success_url", equalTo(CALLBACK + "?result=success"))
                .withFormParam("fail_url", equalTo(CALLBACK + "?result=fail"))
                .withFormParam("cancel_url", equalTo(CALLBACK + "?result=cancel"))
                .withFormParam("ipn_url", equalTo(CALLBACK + "?result=ipn"))
                .withFormParam("cus_phone", equalTo("01712345678"))
                .withFormParam("cus_email", equalTo("payments@cleancare.gov.bd"))
                .withFormParam("shipping_method", equalTo("NO"))
                .withFormParam("product_name", equalTo("Waste collection fee"))
                .withFormParam("product_profile", equalTo("non-physical-goods")));
    }

    @Test
    void a_session_sslcommerz_refuses_is_reported_as_a_refusal() {
        sslcommerz.stubFor(post(SESSION).willReturn(okJson("{\"status\":\"FAILED\",\"failedreason\":\"Store Credential Error Or Store is De-active\"}")));

        assertThatThrownBy(() -> gateway.create(new Order(TRANSACTION, AMOUNT, "Fee", null, CALLBACK)))
                .isInstanceOf(GatewayRefused.class).hasMessageContaining("Store Credential Error");
    }

    @Test
    void a_callback_is_settled_by_validating_its_val_id_with_sslcommerz() {
        sslcommerz.stubFor(get(urlPathEqualTo(VALIDATION)).willReturn(okJson(validation("VALID", TRANSACTION, "150.00", "BDT"))));

        var outcome = gateway.confirm(payment(), Map.of("val_id", VAL_ID, "tran_id", TRANSACTION, "status", "VALID", "amount", "150.00"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(outcome.gatewayTransactionId()).isEqualTo("2603011234560ZyGfXvTz5Cp");
        assertThat(outcome.response()).containsEntry("card_type", "BKASH-BKash");
        sslcommerz.verify(1, getRequestedFor(urlPathEqualTo(VALIDATION))
                .withQueryParam("val_id", equalTo(VAL_ID))
                .withQueryParam("store_id", equalTo("cleancare0test"))
                .withQueryParam("store_passwd", equalTo("cleancare0test@ssl"))
                .withQueryParam("format", equalTo("json")));
        sslcommerz.verify(0, getRequestedFor(urlPathEqualTo(TRANSACTIONS)));
    }

    @Test
    void a_validation_for_another_amount_fails_as_possible_tampering() {
        sslcommerz.stubFor(get(urlPathEqualTo(VALIDATION)).willReturn(okJson(validation("VALID", TRANSACTION, "15.00", "BDT"))));

        var outcome = gateway.confirm(payment(), Map.of("val_id", VAL_ID, "amount", "150.00"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.message()).contains("15.00").contains("150.00").contains("tampering");
    }

    @Test
    void a_validation_in_another_currency_fails() {
        sslcommerz.stubFor(get(urlPathEqualTo(VALIDATION)).willReturn(okJson(validation("VALID", TRANSACTION, "150.00", "USD"))));

        assertThat(gateway.confirm(payment(), Map.of("val_id", VAL_ID)).verdict()).isEqualTo(Verdict.FAILED);
    }

    @Test
    void a_forged_success_callback_is_decided_by_sslcommerz_records_not_by_what_it_posts() {
        sslcommerz.stubFor(get(urlPathEqualTo(VALIDATION)).willReturn(okJson("{\"status\":\"INVALID_TRANSACTION\"}")));
        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("tran_id", equalTo(TRANSACTION))
                .willReturn(okJson(attempts("FAILED"))));

        var outcome = gateway.confirm(payment(), Map.of("val_id", "FORGED", "tran_id", TRANSACTION, "status", "VALID",
                "amount", "150.00", "verify_sign", "d41d8cd98f00b204e9800998ecf8427e"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        sslcommerz.verify(1, getRequestedFor(urlPathEqualTo(TRANSACTIONS))
                .withQueryParam("tran_id", equalTo(TRANSACTION))
                .withQueryParam("store_id", equalTo("cleancare0test"))
                .withQueryParam("store_passwd", equalTo("cleancare0test@ssl")));
    }

    @Test
    void a_val_id_of_another_transaction_neither_completes_nor_fails_ours() {
        sslcommerz.stubFor(get(urlPathEqualTo(VALIDATION)).willReturn(okJson(validation("VALID", "TXN-SOMEONE-ELSE", "150.00", "BDT"))));
        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(okJson(attempts("PENDING"))));

        assertThat(gateway.confirm(payment(), Map.of("val_id", VAL_ID)).verdict()).isEqualTo(Verdict.PENDING);
    }

    @Test
    void a_cancel_redirect_without_val_id_is_settled_by_the_transaction_query() {
        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(okJson(attempts("CANCELLED"))));

        var outcome = gateway.confirm(payment(), Map.of("result", "cancel", "tran_id", TRANSACTION, "status", "CANCELLED"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.CANCELLED);
        sslcommerz.verify(0, getRequestedFor(urlPathEqualTo(VALIDATION)));
    }

    @Test
    void the_transaction_query_completes_a_paid_attempt_and_fails_a_failed_one() {
        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(okJson(attempts("FAILED", "VALIDATED"))));
        var paid = gateway.query(payment());
        assertThat(paid.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(paid.gatewayTransactionId()).isEqualTo("2603011234560ZyGfXvTz5Cp");

        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(okJson(attempts("FAILED", "EXPIRED"))));
        assertThat(gateway.query(payment()).verdict()).isEqualTo(Verdict.FAILED);
    }

    @Test
    void a_transaction_sslcommerz_has_not_seen_yet_is_pending() {
        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(okJson("{\"APIConnect\":\"DONE\",\"no_of_trans_found\":0,\"element\":[]}")));

        assertThat(gateway.query(payment()).verdict()).isEqualTo(Verdict.PENDING);
    }

    @Test
    void a_second_callback_validates_again_and_completes_the_same_way() {
        sslcommerz.stubFor(get(urlPathEqualTo(VALIDATION)).willReturn(okJson(validation("VALIDATED", TRANSACTION, "150.00", "BDT"))));
        var ipn = Map.of("val_id", VAL_ID, "tran_id", TRANSACTION, "status", "VALID");

        var first = gateway.confirm(payment(), ipn);
        var second = gateway.confirm(payment(), ipn);

        assertThat(first.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(second).isEqualTo(first);
        sslcommerz.verify(2, getRequestedFor(urlPathEqualTo(VALIDATION)));
    }

    @Test
    void a_validation_that_times_out_is_asked_once_more_then_reported_unavailable() {
        sslcommerz.stubFor(get(urlPathEqualTo(VALIDATION)).willReturn(okJson(validation("VALID", TRANSACTION, "150.00", "BDT"))
                .withFixedDelay(2500)));

        assertThatThrownBy(() -> gateway.confirm(payment(), Map.of("val_id", VAL_ID))).isInstanceOf(GatewayUnavailable.class);
        sslcommerz.verify(2, getRequestedFor(urlPathEqualTo(VALIDATION)));
    }

    @Test
    void a_server_error_is_no_answer() {
        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(aResponse().withStatus(502)));
        sslcommerz.stubFor(post(SESSION).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class);
        assertThatThrownBy(() -> gateway.create(new Order(TRANSACTION, AMOUNT, "Fee", null, CALLBACK))).isInstanceOf(GatewayUnavailable.class);
        sslcommerz.verify(1, postRequestedFor(urlEqualTo(SESSION)));
    }

    @Test
    void a_malformed_answer_is_no_answer() {
        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(aResponse().withStatus(200).withBody("<html><body>Maintenance</body></html>")));
        sslcommerz.stubFor(get(urlPathEqualTo(VALIDATION)).willReturn(okJson("{\"APIConnect\":\"INVALID_REQUEST\"}")));

        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class);
        assertThatThrownBy(() -> gateway.confirm(payment(), Map.of("val_id", VAL_ID))).isInstanceOf(GatewayUnavailable.class);
    }

    @Test
    void a_refund_names_the_bank_transaction_amount_and_remarks_and_reports_sslcommerz_reference() {
        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("bank_tran_id", equalTo("2603011234560ZyGfXvTz5Cp"))
                .willReturn(okJson("""
                        {"APIConnect":"DONE","bank_tran_id":"2603011234560ZyGfXvTz5Cp","trans_id":"%s",
                         "refund_ref_id":"59bd63fea5455","status":"success","errorReason":""}""".formatted(TRANSACTION))));

        var result = gateway.refund(new Reference(TRANSACTION, "F650E87F", "2603011234560ZyGfXvTz5Cp", AMOUNT),
                new BigDecimal("50"), "Charged twice");

        assertThat(result.refunded()).isTrue();
        assertThat(result.refundId()).isEqualTo("59bd63fea5455");
        sslcommerz.verify(1, getRequestedFor(urlPathEqualTo(TRANSACTIONS))
                .withQueryParam("bank_tran_id", equalTo("2603011234560ZyGfXvTz5Cp"))
                .withQueryParam("refund_amount", equalTo("50.00"))
                .withQueryParam("refund_remarks", equalTo("Charged twice"))
                .withQueryParam("refund_trans_id", matching("RF[0-9a-f]{24}"))
                .withQueryParam("refe_id", equalTo(TRANSACTION))
                .withQueryParam("store_id", equalTo("cleancare0test"))
                .withQueryParam("store_passwd", equalTo("cleancare0test@ssl"))
                .withQueryParam("tran_id", absent()));
    }

    @Test
    void a_refund_sslcommerz_fails_is_not_a_refund_and_a_lost_answer_is_not_retried() {
        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(okJson("""
                {"APIConnect":"DONE","bank_tran_id":"2603011234560ZyGfXvTz5Cp","status":"failed","errorReason":"Refund amount exceeds"}""")));
        var paid = new Reference(TRANSACTION, "F650E87F", "2603011234560ZyGfXvTz5Cp", AMOUNT);

        var failed = gateway.refund(paid, AMOUNT, null);
        assertThat(failed.refunded()).isFalse();
        assertThat(failed.message()).contains("Refund amount exceeds");

        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).willReturn(okJson("{}").withFixedDelay(2500)));
        assertThatThrownBy(() -> gateway.refund(paid, AMOUNT, null)).isInstanceOf(GatewayUnavailable.class);
        sslcommerz.verify(2, getRequestedFor(urlPathEqualTo(TRANSACTIONS)).withQueryParam("refund_amount", equalTo("150.00")));
    }

    @Test
    void refund_status_follows_a_refund_by_its_reference() {
        sslcommerz.stubFor(get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("refund_ref_id", equalTo("59bd63fea5455"))
                .willReturn(okJson("""
                        {"APIConnect":"DONE","bank_tran_id":"2603011234560ZyGfXvTz5Cp","tran_id":"%s","refund_ref_id":"59bd63fea5455",
                         "initiated_on":"2026-03-01 12:40:00","refunded_on":"2026-03-01 12:45:00","status":"refunded","errorReason":""}"""
                        .formatted(TRANSACTION))));

        assertThat(gateway.refundStatus("59bd63fea5455").refunded()).isTrue();
    }

    private static Reference payment() {
        return new Reference(TRANSACTION, "F650E87F1AE6CE4A8D3E5E1B6B4E0D2C", null, AMOUNT);
    }

    private static String validation(String status, String transaction, String amount, String currency) {
        return """
                {"status":"%s","tran_date":"2026-03-01 12:34:56","tran_id":"%s","val_id":"%s","amount":"%s",
                 "store_amount":"146.25","currency":"%s","bank_tran_id":"2603011234560ZyGfXvTz5Cp","card_type":"BKASH-BKash",
                 "card_no":"","card_issuer":"BKash Mobile Banking","card_brand":"MOBILEBANKING","currency_type":"%s",
                 "currency_amount":"%s","risk_level":"0","risk_title":"Safe","APIConnect":"DONE",
                 "validated_on":"2026-03-01 12:35:01","gw_version":""}"""
                .formatted(status, transaction, VAL_ID, amount, currency, currency, amount);
    }

    private static String attempts(String... statuses) {
        var elements = new StringBuilder();
        for (var status : statuses) {
            if (!elements.isEmpty()) {
                elements.append(',');
            }
            elements.append("""
                    {"val_id":"%s","status":"%s","validated_on":"","currency_type":"BDT","currency_amount":"150.00",
                     "tran_date":"2026-03-01 12:34:56","tran_id":"%s","amount":"150.00","store_amount":"146.25",
                     "bank_tran_id":"%s","card_type":"DBBL-Mobile Banking","risk_title":"Safe","risk_level":"0"}"""
                    .formatted(VAL_ID, status, TRANSACTION, status.startsWith("VALID") ? "2603011234560ZyGfXvTz5Cp" : ""));
        }
        return "{\"APIConnect\":\"DONE\",\"no_of_trans_found\":" + statuses.length + ",\"element\":[" + elements + "]}";
    }
}
