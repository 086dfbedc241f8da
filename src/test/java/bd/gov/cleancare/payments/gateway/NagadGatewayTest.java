package bd.gov.cleancare.payments.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nagad adapter against a local fake of Nagad's merchant API. Both key pairs are made here: the fake
 * answers the way Nagad does (encrypted for the merchant, signed by Nagad) and reads what we send the
 * way Nagad would (decrypts with its key, checks our signature).
 */
class NagadGatewayTest {

    private static final String MERCHANT = "683002007104225";
    private static final String TRANSACTION = "TXN0A1B2C3D4E5F";
    private static final String REFERENCE = "MDMwMTEyMzAwMTY4MzAwMjAwNzEwNDIyNS5UWE4";
    private static final BigDecimal AMOUNT = new BigDecimal("150.00");
    private static final String INITIALIZE = "/api/dfs/check-out/initialize/" + MERCHANT + "/" + TRANSACTION;
    private static final String COMPLETE = "/api/dfs/check-out/complete/" + REFERENCE;
    private static final String VERIFY = "/api/dfs/verify/payment/" + REFERENCE;

    private static KeyPair nagadKeys;
    private static KeyPair merchantKeys;

    private final JsonMapper json = JsonMapper.builder().build();
    private WireMockServer nagad;
    private NagadGateway gateway;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        nagadKeys = generator.generateKeyPair();
        merchantKeys = generator.generateKeyPair();
    }

    @BeforeEach
    void start() {
        nagad = new WireMockServer(wireMockConfig().dynamicPort());
        nagad.start();
        // Nagad's public key as PEM, ours as the bare base64 Nagad's portal hands out
        var properties = new NagadProperties(nagad.baseUrl(), MERCHANT, "01711428036", pem(nagadKeys.getPublic()),
                Base64.getEncoder().encodeToString(merchantKeys.getPrivate().getEncoded()), "203.0.113.7", Duration.ofSeconds(1));
        gateway = new NagadGateway(properties, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(), json,
                Clock.fixed(Instant.parse("2026-03-01T06:30:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        nagad.stop();
    }

    @Test
    void create_initializes_with_sealed_data_then_completes_with_nagad_challenge_and_our_amount() throws Exception {
        nagad.stubFor(post(INITIALIZE).willReturn(okJson(sealedByNagad(initialized("nagad-challenge-1"), nagadKeys.getPrivate()))));
        nagad.stubFor(post(COMPLETE).willReturn(okJson("""
                {"callBackUrl":"https://sandbox-ssl.mynagad.com:10061/check-out/%s","status":"Success"}""".formatted(REFERENCE))));

        var created = gateway.create(new Order(TRANSACTION, AMOUNT, "Trade licence", "01712345678",
                "https://cleancare.example/api/v1/payments/nagad/callback/"));

        assertThat(created.gatewayPaymentId()).isEqualTo(REFERENCE);
        assertThat(created.redirectUrl()).isEqualTo("https://sandbox-ssl.mynagad.com:10061/check-out/" + REFERENCE);
        assertThat(created.response()).containsEntry("paymentReferenceId", REFERENCE).doesNotContainKeys("sensitiveData", "challenge");

        var initialize = requestBody(INITIALIZE);
        assertThat(initialize.get("accountNumber").asString()).isEqualTo("01711428036");
        assertThat(initialize.get("dateTime").asString()).isEqualTo("20260301123000");
        var sent = openedByNagad(initialize);
        assertThat(sent.get("merchantId").asString()).isEqualTo(MERCHANT);
        assertThat(sent.get("datetime").asString()).isEqualTo("20260301123000");
        assertThat(sent.get("orderId").asString()).isEqualTo(TRANSACTION);
        assertThat(sent.get("challenge").asString()).matches("[0-9a-f]{40}");

        var complete = requestBody(COMPLETE);
        assertThat(complete.get("merchantCallbackURL").asString()).isEqualTo("https://cleancare.example/api/v1/payments/nagad/callback/");
        var order = openedByNagad(complete);
        assertThat(order.get("merchantId").asString()).isEqualTo(MERCHANT);
        assertThat(order.get("orderId").asString()).isEqualTo(TRANSACTION);
        assertThat(order.get("currencyCode").asString()).isEqualTo("050");
        assertThat(order.get("amount").asString()).isEqualTo("150.00");
        assertThat(order.get("challenge").asString()).isEqualTo("nagad-challenge-1");

        for (var path : new String[] {INITIALIZE, COMPLETE}) {
            nagad.verify(1, postRequestedFor(urlEqualTo(path))
                    .withHeader("X-KM-Api-Version", equalTo("v-0.2.0"))
                    .withHeader("X-KM-IP-V4", equalTo("203.0.113.7"))
                    .withHeader("X-KM-Client-Type", equalTo("PC_WEB"))
                    .withHeader("Content-Type", equalTo("application/json")));
        }
    }

    @Test
    void an_initialize_answer_not_signed_by_nagad_is_no_answer_and_nobody_is_sent_anywhere() throws Exception {
        var impostor = KeyPairGenerator.getInstance("RSA");
        impostor.initialize(2048);
        nagad.stubFor(post(INITIALIZE).willReturn(okJson(sealedByNagad(initialized("c"), impostor.generateKeyPair().getPrivate()))));

        assertThatThrownBy(() -> gateway.create(order())).isInstanceOf(GatewayUnavailable.class).hasMessageContaining("signature");
        nagad.verify(0, postRequestedFor(urlEqualTo(COMPLETE)));
    }

    @Test
    void an_initialize_answer_encrypted_for_another_merchant_is_no_answer() throws Exception {
        var plain = json.writeValueAsString(initialized("c"));
        var otherMerchant = KeyPairGenerator.getInstance("RSA");
        otherMerchant.initialize(2048);
        var body = json.writeValueAsString(Map.of(
                "sensitiveData", encrypt(plain, otherMerchant.generateKeyPair().getPublic()),
                "signature", sign(plain, nagadKeys.getPrivate())));
        nagad.stubFor(post(INITIALIZE).willReturn(okJson(body)));

        assertThatThrownBy(() -> gateway.create(order())).isInstanceOf(GatewayUnavailable.class).hasMessageContaining("decrypt");
    }

    @Test
    void an_order_nagad_refuses_to_initialize_is_reported_as_a_refusal() {
        nagad.stubFor(post(INITIALIZE).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"reason\":\"InvalidOrderId\",\"message\":\"Order Id already exists\"}")));

        assertThatThrownBy(() -> gateway.create(order())).isInstanceOf(GatewayRefused.class).hasMessageContaining("Order Id already exists");
    }

    @Test
    void a_callback_is_settled_by_nagad_verify_and_completes_with_the_issuer_reference() {
        nagad.stubFor(get(VERIFY).willReturn(okJson(verified("Success", "150.00", TRANSACTION))));

        var outcome = gateway.confirm(payment(), Map.of("payment_ref_id", REFERENCE, "status", "Success", "order_id", TRANSACTION));

        assertThat(outcome.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(outcome.gatewayTransactionId()).isEqualTo("000N8ZV8");
        nagad.verify(1, getRequestedFor(urlEqualTo(VERIFY))
                .withHeader("X-KM-Api-Version", equalTo("v-0.2.0"))
                .withHeader("X-KM-IP-V4", equalTo("203.0.113.7"))
                .withHeader("X-KM-Client-Type", equalTo("PC_WEB")));
    }

    @Test
    void a_payment_the_citizen_aborted_is_cancelled() {
        nagad.stubFor(get(VERIFY).willReturn(okJson(verified("Aborted", "150.00", TRANSACTION))));

        var outcome = gateway.confirm(payment(), Map.of("payment_ref_id", REFERENCE, "status", "Aborted"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.CANCELLED);
        assertThat(outcome.message()).isEqualTo("Nagad: Aborted");
    }

    @Test
    void a_payment_nagad_reports_failed_fails_and_one_in_progress_stays_pending() {
        nagad.stubFor(get(VERIFY).willReturn(okJson(verified("Failed", "150.00", TRANSACTION))));
        assertThat(gateway.query(payment()).verdict()).isEqualTo(Verdict.FAILED);

        nagad.stubFor(get(VERIFY).willReturn(okJson(verified("InProgress", "150.00", TRANSACTION))));
        assertThat(gateway.query(payment()).verdict()).isEqualTo(Verdict.PENDING);
    }

    @Test
    void a_forged_success_callback_does_not_complete_what_nagad_reports_aborted() {
        nagad.stubFor(get(VERIFY).willReturn(okJson(verified("Aborted", "150.00", TRANSACTION))));

        var outcome = gateway.confirm(payment(), Map.of("payment_ref_id", REFERENCE, "status", "Success",
                "status_code", "00_0000_000", "issuer_payment_ref", "000FORGED"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.CANCELLED);
        assertThat(outcome.gatewayTransactionId()).isNull();
    }

    @Test
    void a_second_callback_only_verifies_again_and_completes_the_same_way() {
        nagad.stubFor(get(VERIFY).willReturn(okJson(verified("Success", "150.00", TRANSACTION))));
        var callback = Map.of("payment_ref_id", REFERENCE, "status", "Success");

        var first = gateway.confirm(payment(), callback);
        var second = gateway.confirm(payment(), callback);

        assertThat(second).isEqualTo(first);
        assertThat(second.verdict()).isEqualTo(Verdict.COMPLETED);
        nagad.verify(2, getRequestedFor(urlEqualTo(VERIFY)));
        nagad.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void a_payment_nagad_reports_for_another_amount_fails_as_possible_tampering() {
        nagad.stubFor(get(VERIFY).willReturn(okJson(verified("Success", "15.00", TRANSACTION))));

        var outcome = gateway.query(payment());

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.message()).contains("15.00").contains("tampering");
    }

    @Test
    void a_callback_naming_another_order_cannot_complete_ours() {
        nagad.stubFor(get("/api/dfs/verify/payment/OTHER-REF").willReturn(okJson(verified("Success", "150.00", "TXN-SOMEONE-ELSE"))));

        var outcome = gateway.confirm(new Reference(TRANSACTION, null, null, AMOUNT), Map.of("payment_ref_id", "OTHER-REF"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.message()).contains("TXN-SOMEONE-ELSE");
    }

    @Test
    void a_verify_that_times_out_is_asked_once_more_then_reported_unavailable() {
        nagad.stubFor(get(VERIFY).willReturn(okJson(verified("Success", "150.00", TRANSACTION)).withFixedDelay(2500)));

        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class);
        nagad.verify(2, getRequestedFor(urlEqualTo(VERIFY)));
    }

    @Test
    void a_server_error_is_no_answer() {
        nagad.stubFor(get(VERIFY).willReturn(aResponse().withStatus(502)));
        nagad.stubFor(post(INITIALIZE).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class);
        assertThatThrownBy(() -> gateway.create(order())).isInstanceOf(GatewayUnavailable.class);
        nagad.verify(1, postRequestedFor(urlEqualTo(INITIALIZE)));
    }

    @Test
    void a_malformed_answer_is_no_answer() {
        nagad.stubFor(get(VERIFY).willReturn(aResponse().withStatus(200).withBody("Service Temporarily Unavailable")));

        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class);
    }

    @Test
    void an_error_answer_to_verify_concludes_nothing() {
        nagad.stubFor(get(VERIFY).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"reason\":\"InvalidPaymentRefId\",\"message\":\"Payment reference not found\"}")));

        assertThatThrownBy(() -> gateway.query(payment())).isInstanceOf(GatewayUnavailable.class)
                .hasMessageContaining("Payment reference not found");
    }

    @Test
    void refunds_are_made_in_the_merchant_portal() {
        var result = gateway.refund(new Reference(TRANSACTION, REFERENCE, "000N8ZV8", AMOUNT), AMOUNT, "duplicate");

        assertThat(result.refunded()).isFalse();
        assertThat(result.message()).isEqualTo("refund through the Nagad merchant portal");
        nagad.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void keys_that_are_not_rsa_keys_are_refused_when_the_adapter_is_built() {
        var properties = new NagadProperties(nagad.baseUrl(), MERCHANT, "01711428036", "not a key", "bm90IGEga2V5",
                "203.0.113.7", Duration.ofSeconds(1));

        assertThatThrownBy(() -> new NagadGateway(properties, HttpClient.newHttpClient(), json, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NAGAD_PUBLIC_KEY");
    }

    private static Order order() {
        return new Order(TRANSACTION, AMOUNT, "Trade licence", null, "https://cleancare.example/cb/");
    }

    private static Reference payment() {
        return new Reference(TRANSACTION, REFERENCE, null, AMOUNT);
    }

    private static Map<String, Object> initialized(String challenge) {
        return Map.of("paymentReferenceId", REFERENCE, "challenge", challenge, "acceptDateTime", "20260301123001");
    }

    private static String verified(String status, String amount, String orderId) {
        return """
                {"merchantId":"%s","orderId":"%s","paymentRefId":"%s","amount":"%s","clientMobileNo":"017****5678",
                 "merchantMobileNo":"01711428036","orderDateTime":"2026-03-01 12:30:00.0",
                 "issuerPaymentDateTime":"2026-03-01 12:31:10.0","issuerPaymentRefNo":"000N8ZV8",
                 "additionalMerchantInfo":null,"status":"%s","statusCode":"000"}"""
                .formatted(MERCHANT, orderId, REFERENCE, amount, status);
    }

    /** What Nagad sends: the data encrypted with the merchant's public key, signed with {@code signer}. */
    private String sealedByNagad(Map<String, Object> data, PrivateKey signer) throws GeneralSecurityException {
        var plain = json.writeValueAsString(data);
        return json.writeValueAsString(Map.of("sensitiveData", encrypt(plain, merchantKeys.getPublic()), "signature", sign(plain, signer)));
    }

    /** What Nagad reads from our request: sensitiveData decrypted with its key, after checking our signature. */
    private JsonNode openedByNagad(JsonNode request) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.DECRYPT_MODE, nagadKeys.getPrivate());
        var plain = cipher.doFinal(Base64.getDecoder().decode(request.get("sensitiveData").asString()));
        var verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(merchantKeys.getPublic());
        verifier.update(plain);
        assertThat(verifier.verify(Base64.getDecoder().decode(request.get("signature").asString())))
                .as("our signature over the sensitive data").isTrue();
        return json.readTree(new String(plain, StandardCharsets.UTF_8));
    }

    private JsonNode requestBody(String path) {
        var requests = nagad.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(requests).hasSize(1);
        return json.readTree(requests.getFirst().getBodyAsString());
    }

    private static String encrypt(String plain, PublicKey key) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sign(String plain, PrivateKey key) throws GeneralSecurityException {
        var signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(plain.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
