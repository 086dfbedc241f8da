package bd.gov.cleancare.payments.gateway;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * bKash Tokenized Checkout without agreement (mode 0011), v1.2.0-beta, as developer.bka.sh describes
 * it: grant/refresh token, create, execute, payment status, search transaction, refund and refund status.
 * The citizen approves on bkashURL; money moves only when we execute after the callback, and bKash's
 * own status answer decides every verdict.
 */
public final class BkashGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(BkashGateway.class);

    private static final String JSON = "application/json";
    private static final String SUCCESS = "0000";
    // bKash's error list: 2056 invalid payment state, 2062/2117 payment already completed/executed,
    // 2068 transaction already completed, 503 maintenance — execute said nothing final: ask for the status
    private static final Set<String> ASK_STATUS = Set.of("2056", "2062", "2068", "2117", "503");
    private static final String INVALID_PAYMENT_ID = "2002";
    // an id_token lives 3600 s; a fresh one is fetched this long before it runs out
    private static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);
    private static final long DOCUMENTED_TOKEN_SECONDS = 3600;

    private final BkashProperties properties;
    private final JsonExchange exchange;
    private final Clock clock;
    private final String baseUrl;
    private final ReentrantLock tokenLock = new ReentrantLock();
    private Token token;

    private record Token(String idToken, String refreshToken, Instant renewAt) {
    }

    public BkashGateway(BkashProperties properties, HttpClient http, JsonMapper json, Clock clock) {
        if (!properties.configured()) {
            throw new IllegalArgumentException("bKash needs BKASH_APP_KEY, BKASH_APP_SECRET, BKASH_USERNAME and BKASH_PASSWORD");
        }
        this.properties = properties;
        this.exchange = new JsonExchange("bKash", http, json, properties.timeout());
        this.clock = clock;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    @Override
    public String name() {
        return "bkash";
    }

    @Override
    public Set<String> methods() {
        return Set.of("bkash");
    }

    @Override
    public Created create(Order order) {
        var body = new LinkedHashMap<String, Object>();
        body.put("mode", "0011");
        body.put("payerReference", payerReference(order));
        body.put("callbackURL", order.callbackUrl());
        body.put("amount", Taka.format(order.amount()));
        body.put("currency", "BDT");
        body.put("intent", "sale");
        body.put("merchantInvoiceNumber", order.transactionId());
        var answer = api("/tokenized/checkout/create", body, false);
        var code = answer.firstText("statusCode", "errorCode")
                .orElseThrow(() -> new GatewayUnavailable("bKash answered create without a statusCode"));
        if (!SUCCESS.equals(code)) {
            if ("503".equals(code)) {
                throw new GatewayUnavailable("bKash is under maintenance");
            }
            throw new GatewayRefused("bKash did not create the payment: " + reason(answer));
        }
        var paymentId = answer.text("paymentID").orElseThrow(() -> new GatewayUnavailable("bKash created a payment without a paymentID"));
        var url = answer.text("bkashURL").orElseThrow(() -> new GatewayUnavailable("bKash created a payment without a bkashURL"));
        var amount = answer.amount("amount");
        if (amount.isPresent() && !Taka.same(amount.get(), order.amount())) {
            throw new GatewayUnavailable("bKash created the payment for " + amount.get() + " BDT, not " + Taka.format(order.amount()));
        }
        return new Created(paymentId, url, answer.withoutSecrets());
    }

    /**
     * bKash calls back with status success, failure or cancel. On success we execute (the step that
     * moves the money) and read the verdict from bKash's answer, asking for the status whenever that
     * answer is not a plain yes; otherwise we only ask for the status: the callback decides nothing.
     */
    @Override
    public Outcome confirm(Reference payment, Map<String, String> callback) {
        var paymentId = paymentId(payment, callback);
        var said = callback.getOrDefault("status", "").strip();
        if ("cancel".equalsIgnoreCase(said)) {
            // a citizen who left bKash's page leaves the payment Initiated, and only our execute could complete it
            return fromStatus(payment, status(paymentId), Verdict.CANCELLED, "the citizen cancelled on bKash's page");
        }
        if ("failure".equalsIgnoreCase(said)) {
            return fromStatus(payment, status(paymentId), Verdict.FAILED, "bKash sent the citizen back with a failure");
        }
        if (!"success".equalsIgnoreCase(said) || !present(payment.gatewayPaymentId())) {
            // a paymentID only the callback names is looked up, never executed
            return fromStatus(payment, status(paymentId), Verdict.PENDING, null);
        }
        ProviderAnswer executed;
        try {
            executed = api("/tokenized/checkout/execute", Map.of("paymentID", paymentId), false);
        } catch (GatewayUnavailable e) {
            log.warn("bKash execute of {} gave no answer, asking for its status: {}", paymentId, e.getMessage());
            return fromStatus(payment, status(paymentId), Verdict.PENDING, null);
        }
        var code = executed.firstText("statusCode", "errorCode");
        if (code.isEmpty() || ASK_STATUS.contains(code.get())) {
            return fromStatus(payment, status(paymentId), Verdict.PENDING, null);
        }
        if (SUCCESS.equals(code.get())) {
            return fromStatus(payment, executed, Verdict.PENDING, null);
        }
        // a refusal (wrong PIN, insufficient balance, …) is checked against the status: a payment bKash took is never failed
        return fromStatus(payment, status(paymentId), Verdict.FAILED, reason(executed));
    }

    @Override
    public Outcome query(Reference payment) {
        if (present(payment.gatewayPaymentId())) {
            return fromStatus(payment, status(payment.gatewayPaymentId()), Verdict.PENDING, null);
        }
        if (present(payment.gatewayTransactionId())) {
            return fromStatus(payment, searchTransaction(payment.gatewayTransactionId()), Verdict.PENDING, null);
        }
        throw new GatewayUnavailable("there is no bKash paymentID or trxID to ask about " + payment.transactionId());
    }

    /** bKash's record of a completed transaction, by its trxID: for a payment whose paymentID we never kept. */
    private ProviderAnswer searchTransaction(String trxId) {
        return api("/tokenized/checkout/general/searchTransaction", Map.of("trxID", trxId), true);
    }

    @Override
    public RefundResult refund(Reference payment, BigDecimal amount, String reason) {
        if (amount.signum() <= 0 || amount.compareTo(payment.amount()) > 0) {
            throw new IllegalArgumentException("a refund is more than nothing and at most what was paid: " + amount);
        }
        if (!present(payment.gatewayPaymentId()) || !present(payment.gatewayTransactionId())) {
            return new RefundResult(false, null, "bKash refunds need the payment's paymentID and trxID", Map.of());
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("paymentID", payment.gatewayPaymentId());
        body.put("amount", Taka.format(amount));
        body.put("trxID", payment.gatewayTransactionId());
        body.put("sku", payment.transactionId());
        body.put("reason", limited(reason == null || reason.isBlank() ? "refund" : reason.strip(), 255));
        return refundResult(api("/tokenized/checkout/payment/refund", body, false));
    }

    /** What bKash says about the refund of a payment (the same endpoint, asked with paymentID and trxID only). */
    public RefundResult refundStatus(Reference payment) {
        var body = new LinkedHashMap<String, Object>();
        body.put("paymentID", payment.gatewayPaymentId());
        body.put("trxID", payment.gatewayTransactionId());
        return refundResult(api("/tokenized/checkout/payment/refund", body, true));
    }

    private ProviderAnswer status(String paymentId) {
        return api("/tokenized/checkout/payment/status", Map.of("paymentID", paymentId), true);
    }

    /**
     * The verdict in a payment answer (execute, status or search). {@code leftAs}: what a payment still
     * Initiated means here; {@code why}: the reason to give for a payment that did not go through, when
     * we know a better one than bKash's bare status. A lookup bKash cannot answer says nothing about the
     * money, so only an unknown paymentID is taken as final; other error codes leave the payment as it is.
     */
    private Outcome fromStatus(Reference payment, ProviderAnswer answer, Verdict leftAs, String why) {
        var code = answer.firstText("statusCode", "errorCode")
                .orElseThrow(() -> new GatewayUnavailable("bKash answered without a statusCode"));
        if (INVALID_PAYMENT_ID.equals(code)) {
            return new Outcome(Verdict.FAILED, null, reason(answer), answer.withoutSecrets());
        }
        if (!SUCCESS.equals(code)) {
            throw new GatewayUnavailable("bKash could not report the payment: " + reason(answer));
        }
        var stranger = stranger(payment, answer);
        if (stranger.isPresent()) {
            return new Outcome(Verdict.FAILED, null, stranger.get(), answer.withoutSecrets());
        }
        var status = answer.text("transactionStatus", "");
        var said = "bKash: " + (status.isEmpty() ? "no transactionStatus" : status);
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "completed" -> paid(payment, answer);
            case "initiated" -> new Outcome(leftAs, null, why == null ? said : why, answer.withoutSecrets());
            case "cancelled" -> new Outcome(Verdict.CANCELLED, null, why == null ? said : why, answer.withoutSecrets());
            case "failed", "expired", "declined" -> new Outcome(Verdict.FAILED, null, why == null ? said : why, answer.withoutSecrets());
            default -> new Outcome(Verdict.PENDING, null, said, answer.withoutSecrets());
        };
    }

    private Outcome paid(Reference payment, ProviderAnswer answer) {
        var trxId = answer.text("trxID").orElse(null);
        var amount = answer.amount("amount")
                .orElseThrow(() -> new GatewayUnavailable("bKash reports the payment completed without a readable amount"));
        if (!Taka.same(amount, payment.amount())) {
            return new Outcome(Verdict.FAILED, trxId, "bKash reports " + amount.toPlainString() + " BDT paid, the payment is for "
                    + Taka.format(payment.amount()) + " BDT: possible tampering", answer.withoutSecrets());
        }
        var currency = answer.text("currency", "BDT");
        if (!"BDT".equalsIgnoreCase(currency)) {
            return new Outcome(Verdict.FAILED, trxId, "bKash reports the payment in " + currency + ", not BDT", answer.withoutSecrets());
        }
        if (trxId == null) {
            throw new GatewayUnavailable("bKash reports the payment completed without a trxID");
        }
        return new Outcome(Verdict.COMPLETED, trxId, null, answer.withoutSecrets());
    }

    /** Why the answer is about another payment than ours, if it is. */
    private static Optional<String> stranger(Reference payment, ProviderAnswer answer) {
        var paymentId = answer.text("paymentID");
        if (paymentId.isPresent() && present(payment.gatewayPaymentId()) && !paymentId.get().equals(payment.gatewayPaymentId())) {
            return Optional.of("bKash answered about paymentID " + paymentId.get() + ", not " + payment.gatewayPaymentId());
        }
        var invoice = answer.text("merchantInvoiceNumber");
        if (invoice.isPresent() && !invoice.get().equals(payment.transactionId())) {
            return Optional.of("bKash answered about invoice " + invoice.get() + ", not " + payment.transactionId());
        }
        return Optional.empty();
    }

    private RefundResult refundResult(ProviderAnswer answer) {
        var code = answer.firstText("statusCode", "errorCode");
        if (code.isPresent() && !SUCCESS.equals(code.get())) {
            if ("503".equals(code.get())) {
                throw new GatewayUnavailable("bKash is under maintenance");
            }
            return new RefundResult(false, null, reason(answer), answer.withoutSecrets());
        }
        var refundTrxId = answer.text("refundTrxID")
                .orElseThrow(() -> new GatewayUnavailable("bKash answered the refund without a refundTrxID"));
        var status = answer.text("transactionStatus", "");
        if (!"completed".equalsIgnoreCase(status)) {
            // neither done nor refused: asking again (refundStatus) is the way to learn which, not refunding twice
            throw new GatewayUnavailable("bKash reports refund " + refundTrxId + " as " + (status.isEmpty() ? "unknown" : status));
        }
        return new RefundResult(true, refundTrxId, null, answer.withoutSecrets());
    }

    private ProviderAnswer api(String path, Map<String, ?> body, boolean lookup) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .header("Authorization", idToken())
                .header("X-APP-Key", properties.appKey())
                .POST(HttpRequest.BodyPublishers.ofString(exchange.write(body)));
        var answer = lookup ? exchange.ask(request) : exchange.call(request);
        if (answer.status() == 401 || answer.status() == 403) {
            forgetToken();
            throw new GatewayUnavailable("bKash did not accept our token (HTTP " + answer.status() + ")");
        }
        return answer;
    }

    /** The id_token for the next call: kept until shortly before it expires, then refreshed (or granted anew). */
    private String idToken() {
        tokenLock.lock();
        try {
            var now = clock.instant();
            if (token != null && now.isBefore(token.renewAt())) {
                return token.idToken();
            }
            if (token != null && present(token.refreshToken())) {
                try {
                    token = tokenFrom("/tokenized/checkout/token/refresh", token.refreshToken(), now);
                    return token.idToken();
                } catch (GatewayUnavailable e) {
                    log.info("bKash did not refresh the token, asking for a new grant: {}", e.getMessage());
                }
            }
            token = tokenFrom("/tokenized/checkout/token/grant", null, now);
            return token.idToken();
        } finally {
            tokenLock.unlock();
        }
    }

    private void forgetToken() {
        tokenLock.lock();
        try {
            token = null;
        } finally {
            tokenLock.unlock();
        }
    }

    private Token tokenFrom(String path, String refreshToken, Instant now) {
        var body = new LinkedHashMap<String, Object>();
        body.put("app_key", properties.appKey());
        body.put("app_secret", properties.appSecret());
        if (refreshToken != null) {
            body.put("refresh_token", refreshToken);
        }
        var answer = exchange.call(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .header("username", properties.username())
                .header("password", properties.password())
                .POST(HttpRequest.BodyPublishers.ofString(exchange.write(body))));
        var code = answer.firstText("statusCode", "errorCode");
        var idToken = answer.text("id_token");
        if (idToken.isEmpty() || code.isPresent() && !SUCCESS.equals(code.get())) {
            throw new GatewayUnavailable("bKash gave no token: " + reason(answer));
        }
        var lifetime = Duration.ofSeconds(answer.amount("expires_in").map(BigDecimal::longValue).orElse(DOCUMENTED_TOKEN_SECONDS));
        var ahead = lifetime.compareTo(REFRESH_AHEAD.multipliedBy(2)) > 0 ? REFRESH_AHEAD : lifetime.dividedBy(2);
        return new Token(idToken.get(), answer.text("refresh_token").orElse(refreshToken), now.plus(lifetime).minus(ahead));
    }

    private static String paymentId(Reference payment, Map<String, String> callback) {
        if (present(payment.gatewayPaymentId())) {
            return payment.gatewayPaymentId();
        }
        var fromCallback = callback.get("paymentID");
        if (present(fromCallback)) {
            // whatever bKash says about it must still name our invoice (see stranger)
            return fromCallback.strip();
        }
        throw new GatewayUnavailable("there is no bKash paymentID to ask about " + payment.transactionId());
    }

    /** bKash prefills the wallet number from payerReference when it is one (01XXXXXXXXX). */
    private static String payerReference(Order order) {
        var phone = order.payerPhone() == null ? "" : order.payerPhone().replaceAll("[\\s-]", "");
        if (phone.startsWith("+880")) {
            phone = "0" + phone.substring(4);
        } else if (phone.startsWith("880") && phone.length() == 13) {
            phone = "0" + phone.substring(3);
        }
        return phone.matches("01\\d{9}") ? phone : order.transactionId();
    }

    private static String reason(ProviderAnswer answer) {
        var code = answer.firstText("statusCode", "errorCode").orElse("?");
        return "bKash " + code + ": " + answer.firstText("statusMessage", "errorMessage", "errorMessageEn", "message")
                .orElse("no message");
    }

    private static String limited(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
