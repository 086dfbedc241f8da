package bd.gov.cleancare.payments.gateway;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nagad's online payment gateway (merchant API v-0.2.0, as in Nagad's own integration sample):
 * check-out initialize, check-out complete, and verify payment. What we send Nagad travels in
 * sensitiveData, RSA-encrypted (PKCS#1 v1.5) with Nagad's public key and signed SHA256withRSA with
 * ours; what Nagad sends back in sensitiveData is decrypted with our key and must carry Nagad's
 * signature. The verify answer is plain JSON, unsigned, read over TLS.
 */
public final class NagadGateway implements PaymentGateway {

    private static final String JSON = "application/json";
    private static final DateTimeFormatter NAGAD_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Dhaka"));
    private static final String TAKA = "050";
    private static final Set<String> CANCELLED = Set.of("aborted", "cancelled", "canceled");
    private static final Set<String> FAILED = Set.of("failed", "unknownfailed", "fraud", "expired");

    private final NagadProperties properties;
    private final JsonExchange exchange;
    private final Clock clock;
    private final String apiUrl;
    private final PublicKey nagadKey;
    private final PrivateKey merchantKey;
    private final SecureRandom random = new SecureRandom();

    public NagadGateway(NagadProperties properties, HttpClient http, JsonMapper json, Clock clock) {
        if (!properties.configured()) {
            throw new IllegalArgumentException("Nagad needs NAGAD_MERCHANT_ID, NAGAD_MERCHANT_NUMBER, NAGAD_PUBLIC_KEY and NAGAD_MERCHANT_PRIVATE_KEY");
        }
        this.properties = properties;
        this.exchange = new JsonExchange("Nagad", http, json, properties.timeout());
        this.clock = clock;
        this.apiUrl = properties.baseUrl().replaceAll("/+$", "") + "/api/dfs";
        this.nagadKey = RsaKeys.publicKey(properties.publicKey(), "NAGAD_PUBLIC_KEY");
        this.merchantKey = RsaKeys.privateKey(properties.merchantPrivateKey(), "NAGAD_MERCHANT_PRIVATE_KEY");
    }

    @Override
    public String name() {
        return "nagad";
    }

    @Override
    public Set<String> methods() {
        return Set.of("nagad");
    }

    /**
     * Initialize (Nagad answers with a paymentReferenceId and its own challenge, encrypted and signed),
     * then complete with the amount and that challenge; Nagad answers with the page to send the citizen to.
     * An initialize answer we cannot decrypt, or whose signature is not Nagad's, is no answer at all
     * ({@link GatewayUnavailable}): the citizen is not sent anywhere on its word.
     */
    @Override
    public Created create(Order order) {
        var merchantId = properties.merchantId();
        var dateTime = NAGAD_TIME.format(clock.instant());
        var sensitive = new LinkedHashMap<String, Object>();
        sensitive.put("merchantId", merchantId);
        sensitive.put("datetime", dateTime);
        sensitive.put("orderId", order.transactionId());
        sensitive.put("challenge", challenge());
        var body = new LinkedHashMap<String, Object>();
        body.put("accountNumber", properties.merchantNumber());
        body.put("dateTime", dateTime);
        body.putAll(sealed(sensitive));
        var initialized = exchange.call(post("/check-out/initialize/" + merchantId + "/" + order.transactionId(), body));
        var started = opened(initialized);
        var referenceId = started.text("paymentReferenceId")
                .orElseThrow(() -> new GatewayUnavailable("Nagad initialized the payment without a paymentReferenceId"));
        var nagadChallenge = started.text("challenge")
                .orElseThrow(() -> new GatewayUnavailable("Nagad initialized the payment without a challenge"));

        var orderData = new LinkedHashMap<String, Object>();
        orderData.put("merchantId", merchantId);
        orderData.put("orderId", order.transactionId());
        orderData.put("currencyCode", TAKA);
        orderData.put("amount", Taka.format(order.amount()));
        orderData.put("challenge", nagadChallenge);
        var completion = new LinkedHashMap<String, Object>(sealed(orderData));
        completion.put("merchantCallbackURL", order.callbackUrl());
        var completed = exchange.call(post("/check-out/complete/" + referenceId, completion));
        if (!"success".equalsIgnoreCase(completed.text("status", ""))) {
            if (completed.firstText("status", "reason", "message").isPresent()) {
                throw new GatewayRefused("Nagad did not start the payment: " + reason(completed));
            }
            throw new GatewayUnavailable("Nagad answered complete without a status");
        }
        var page = completed.text("callBackUrl")
                .orElseThrow(() -> new GatewayUnavailable("Nagad completed the order without a callBackUrl"));
        var response = new LinkedHashMap<String, Object>();
        response.put("paymentReferenceId", referenceId);
        started.text("acceptDateTime").ifPresent(accepted -> response.put("acceptDateTime", accepted));
        response.putAll(completed.withoutSecrets());
        return new Created(referenceId, page, response);
    }

    /** Nagad's callback (payment_ref_id, status, …) only tells us which payment to verify. */
    @Override
    public Outcome confirm(Reference payment, Map<String, String> callback) {
        if (present(payment.gatewayPaymentId())) {
            return verify(payment, payment.gatewayPaymentId());
        }
        var fromCallback = callback.get("payment_ref_id");
        if (present(fromCallback)) {
            // only a lookup key: Nagad's answer must still name our order (see verify)
            return verify(payment, fromCallback.strip());
        }
        throw new GatewayUnavailable("there is no Nagad payment reference to verify for " + payment.transactionId());
    }

    @Override
    public Outcome query(Reference payment) {
        if (!present(payment.gatewayPaymentId())) {
            throw new GatewayUnavailable("there is no Nagad payment reference to verify for " + payment.transactionId());
        }
        return verify(payment, payment.gatewayPaymentId());
    }

    /** We found no documentation of a Nagad refund API from Nagad itself, so refunds are made in the merchant portal. */
    @Override
    public RefundResult refund(Reference payment, BigDecimal amount, String reason) {
        return new RefundResult(false, null, "refund through the Nagad merchant portal", Map.of());
    }

    private Outcome verify(Reference payment, String referenceId) {
        var answer = exchange.ask(HttpRequest.newBuilder(URI.create(apiUrl + "/verify/payment/" + referenceId))
                .headers(headers()).GET());
        var status = answer.text("status");
        if (status.isEmpty()) {
            // an error answer ({reason, message}) is about the request, not the money: nothing is concluded
            throw new GatewayUnavailable("Nagad could not report the payment: " + reason(answer));
        }
        var order = answer.text("orderId");
        if (order.isPresent() && !order.get().equals(payment.transactionId())) {
            return new Outcome(Verdict.FAILED, null, "Nagad answered about order " + order.get() + ", not " + payment.transactionId(),
                    answer.withoutSecrets());
        }
        var merchant = answer.text("merchantId");
        if (merchant.isPresent() && !merchant.get().equals(properties.merchantId())) {
            return new Outcome(Verdict.FAILED, null, "Nagad answered about merchant " + merchant.get(), answer.withoutSecrets());
        }
        var said = status.get().toLowerCase(Locale.ROOT);
        if (said.equals("success")) {
            return paid(payment, answer);
        }
        if (CANCELLED.contains(said)) {
            return new Outcome(Verdict.CANCELLED, null, "Nagad: " + status.get(), answer.withoutSecrets());
        }
        if (FAILED.contains(said)) {
            return new Outcome(Verdict.FAILED, null, "Nagad: " + status.get(), answer.withoutSecrets());
        }
        return new Outcome(Verdict.PENDING, null, "Nagad: " + status.get(), answer.withoutSecrets());
    }

    private Outcome paid(Reference payment, ProviderAnswer answer) {
        var issuerReference = answer.text("issuerPaymentRefNo").orElse(null);
        var amount = answer.amount("amount")
                .orElseThrow(() -> new GatewayUnavailable("Nagad reports the payment paid without a readable amount"));
        if (!Taka.same(amount, payment.amount())) {
            return new Outcome(Verdict.FAILED, issuerReference, "Nagad reports " + amount.toPlainString() + " BDT paid, the payment is for "
                    + Taka.format(payment.amount()) + " BDT: possible tampering", answer.withoutSecrets());
        }
        if (issuerReference == null) {
            throw new GatewayUnavailable("Nagad reports the payment paid without an issuerPaymentRefNo");
        }
        return new Outcome(Verdict.COMPLETED, issuerReference, null, answer.withoutSecrets());
    }

    /** The content of an answer's sensitiveData, once it decrypts with our key and carries Nagad's signature. */
    private ProviderAnswer opened(ProviderAnswer answer) {
        var encrypted = answer.text("sensitiveData");
        var signature = answer.text("signature");
        if (encrypted.isEmpty() || signature.isEmpty()) {
            if (answer.firstText("reason", "message").isPresent()) {
                throw new GatewayRefused("Nagad did not start the payment: " + reason(answer));
            }
            throw new GatewayUnavailable("Nagad answered initialize without sensitiveData and signature");
        }
        String plain;
        try {
            var cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.DECRYPT_MODE, merchantKey);
            plain = new String(cipher.doFinal(Base64.getMimeDecoder().decode(encrypted.get())), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new GatewayUnavailable("Nagad's sensitiveData does not decrypt with our key", e);
        }
        if (!signedByNagad(plain, signature.get())) {
            throw new GatewayUnavailable("Nagad's answer does not carry Nagad's signature");
        }
        return new ProviderAnswer(answer.status(), exchange.readObject(plain));
    }

    private boolean signedByNagad(String plain, String signature) {
        try {
            var verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(nagadKey);
            verifier.update(plain.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getMimeDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** sensitiveData and signature for a JSON object: the same text is encrypted for Nagad and signed by us. */
    private Map<String, Object> sealed(Map<String, Object> data) {
        var plain = exchange.write(data).getBytes(StandardCharsets.UTF_8);
        try {
            var cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.ENCRYPT_MODE, nagadKey);
            var signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(merchantKey);
            signer.update(plain);
            var sealed = new LinkedHashMap<String, Object>();
            sealed.put("sensitiveData", Base64.getEncoder().encodeToString(cipher.doFinal(plain)));
            sealed.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt or sign for Nagad", e);
        }
    }

    private HttpRequest.Builder post(String path, Map<String, ?> body) {
        return HttpRequest.newBuilder(URI.create(apiUrl + path)).headers(headers())
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(exchange.write(body)));
    }

    private String[] headers() {
        return new String[] {"Accept", JSON, "X-KM-Api-Version", "v-0.2.0", "X-KM-IP-V4", properties.ipV4(), "X-KM-Client-Type", "PC_WEB"};
    }

    /** 40 hex characters, as Nagad's sample sends. */
    private String challenge() {
        var bytes = new byte[20];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String reason(ProviderAnswer answer) {
        return "Nagad " + answer.firstText("reason", "status").orElse("?") + ": " + answer.firstText("message").orElse("no message");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
