package bd.gov.cleancare.payments.gateway;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * SSLCommerz (cards, Rocket, Upay, internet banking) as its v4 integration document describes it:
 * session API, order validation API (val_id), transaction query by tran_id, refund and refund query.
 * What the success/fail/cancel redirect or the IPN posts is never believed: it only names the val_id
 * to validate, and SSLCommerz's own answer decides.
 */
public final class SslCommerzGateway implements PaymentGateway {

    private static final Set<String> PAID = Set.of("VALID", "VALIDATED");
    private static final Set<String> FAILED = Set.of("FAILED", "EXPIRED");
    private static final String VALIDATION = "/validator/api/validationserverAPI.php";
    private static final String TRANSACTIONS = "/validator/api/merchantTransIDvalidationAPI.php";

    private final SslCommerzProperties properties;
    private final JsonExchange exchange;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    public SslCommerzGateway(SslCommerzProperties properties, HttpClient http, JsonMapper json) {
        if (!properties.configured()) {
            throw new IllegalArgumentException("SSLCommerz needs SSLCOMMERZ_STORE_ID and SSLCOMMERZ_STORE_PASSWORD");
        }
        this.properties = properties;
        this.exchange = new JsonExchange("SSLCommerz", http, json, properties.timeout());
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    @Override
    public String name() {
        return "sslcommerz";
    }

    @Override
    public Set<String> methods() {
        return Set.of("card", "rocket", "upay", "bank");
    }

    /** A hosted-page session; SSLCommerz sends the citizen (and its IPN) to our callback with ?result=success|fail|cancel|ipn. */
    @Override
    public Created create(Order order) {
        var form = new LinkedHashMap<String, String>();
        form.put("store_id", properties.storeId());
        form.put("store_passwd", properties.storePassword());
        form.put("total_amount", Taka.format(order.amount()));
        form.put("currency", "BDT");
        form.put("tran_id", order.transactionId());
        form.put("success_url", withResult(order.callbackUrl(), "success"));
        form.put("fail_url", withResult(order.callbackUrl(), "fail"));
        form.put("cancel_url", withResult(order.callbackUrl(), "cancel"));
        form.put("ipn_url", withResult(order.callbackUrl(), "ipn"));
        form.put("cus_name", "Clean Care citizen");
        form.put("cus_email", properties.customerEmail());
        form.put("cus_add1", "Dhaka");
        form.put("cus_city", "Dhaka");
        form.put("cus_postcode", "1000");
        form.put("cus_country", "Bangladesh");
        form.put("cus_phone", order.payerPhone() == null || order.payerPhone().isBlank() ? "N/A" : order.payerPhone());
        form.put("shipping_method", "NO");
        form.put("num_of_item", "1");
        form.put("product_name", limited(order.description() == null || order.description().isBlank() ? "City service" : order.description(), 255));
        form.put("product_category", "City service");
        form.put("product_profile", "non-physical-goods");
        var answer = exchange.call(HttpRequest.newBuilder(URI.create(baseUrl + "/gwprocess/v4/api.php"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form))));
        var status = answer.text("status", "");
        if ("SUCCESS".equalsIgnoreCase(status)) {
            var page = answer.text("GatewayPageURL").orElseThrow(() -> new GatewayUnavailable("SSLCommerz opened a session without a GatewayPageURL"));
            var session = answer.text("sessionkey").orElseThrow(() -> new GatewayUnavailable("SSLCommerz opened a session without a sessionkey"));
            return new Created(session, page, answer.withoutSecrets());
        }
        if ("FAILED".equalsIgnoreCase(status)) {
            throw new GatewayRefused("SSLCommerz did not open a session: " + answer.text("failedreason", "no reason given"));
        }
        throw new GatewayUnavailable("SSLCommerz answered the session request without a status");
    }

    /**
     * The redirect or IPN names a val_id: SSLCommerz's validation API must call it VALID or VALIDATED for
     * our tran_id, in BDT, for our amount. A val_id that is missing, unknown or another transaction's
     * proves nothing either way, so then the transaction query by our tran_id decides.
     */
    @Override
    public Outcome confirm(Reference payment, Map<String, String> callback) {
        var valId = callback.get("val_id");
        if (valId == null || valId.isBlank()) {
            return query(payment);
        }
        var validation = exchange.ask(get(VALIDATION, Map.of("val_id", valId.strip(), "v", "1")));
        var status = validation.text("status", "").toUpperCase(Locale.ROOT);
        if (PAID.contains(status) && payment.transactionId().equals(validation.text("tran_id", ""))) {
            return paid(payment, validation);
        }
        return query(payment);
    }

    /** The transaction query by tran_id lists every attempt; one valid attempt is the payment. */
    @Override
    public Outcome query(Reference payment) {
        var answer = exchange.ask(get(TRANSACTIONS, Map.of("tran_id", payment.transactionId())));
        requireConnected(answer);
        var attempts = answer.objects("element").stream()
                .filter(attempt -> payment.transactionId().equals(attempt.text("tran_id", payment.transactionId())))
                .toList();
        var response = answer.withoutSecrets();
        var valid = attempts.stream().filter(attempt -> PAID.contains(statusOf(attempt))).findFirst();
        if (valid.isPresent()) {
            return paid(payment, valid.get());
        }
        if (attempts.isEmpty()) {
            return new Outcome(Verdict.PENDING, null, "SSLCommerz has no attempt for " + payment.transactionId() + " yet", response);
        }
        var statuses = attempts.stream().map(SslCommerzGateway::statusOf).collect(Collectors.toCollection(LinkedHashSet::new));
        var said = "SSLCommerz: " + String.join(", ", statuses);
        if (statuses.stream().anyMatch(status -> !FAILED.contains(status) && !"CANCELLED".equals(status))) {
            return new Outcome(Verdict.PENDING, null, said, response);
        }
        if (statuses.contains("CANCELLED")) {
            return new Outcome(Verdict.CANCELLED, null, said, response);
        }
        return new Outcome(Verdict.FAILED, null, said, response);
    }

    /** Refunds by the bank_tran_id of the paid attempt (looked up if we never kept it). */
    @Override
    public RefundResult refund(Reference payment, BigDecimal amount, String reason) {
        if (amount.signum() <= 0 || amount.compareTo(payment.amount()) > 0) {
            throw new IllegalArgumentException("a refund is more than nothing and at most what was paid: " + amount);
        }
        var bankTranId = Optional.ofNullable(payment.gatewayTransactionId()).filter(id -> !id.isBlank())
                .or(() -> bankTranIdOf(payment));
        if (bankTranId.isEmpty()) {
            return new RefundResult(false, null, "SSLCommerz has no paid attempt of " + payment.transactionId() + " to refund", Map.of());
        }
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("bank_tran_id", bankTranId.get());
        parameters.put("refund_trans_id", refundTransId());
        parameters.put("refund_amount", Taka.format(amount));
        parameters.put("refund_remarks", limited(reason == null || reason.isBlank() ? "refund" : reason.strip(), 255));
        parameters.put("refe_id", payment.transactionId());
        parameters.put("v", "1");
        return refundResult(exchange.call(get(TRANSACTIONS, parameters)));
    }

    /** Where a refund stands, by the refund_ref_id SSLCommerz gave when it took the request. */
    public RefundResult refundStatus(String refundRefId) {
        var answer = exchange.ask(get(TRANSACTIONS, Map.of("refund_ref_id", refundRefId)));
        requireConnected(answer);
        var status = answer.text("status", "").toLowerCase(Locale.ROOT);
        return switch (status) {
            case "refunded" -> new RefundResult(true, refundRefId, null, answer.withoutSecrets());
            case "processing" -> new RefundResult(true, refundRefId, "SSLCommerz is processing the refund", answer.withoutSecrets());
            default -> new RefundResult(false, refundRefId, "SSLCommerz: " + answer.firstText("status", "errorReason").orElse("unknown"),
                    answer.withoutSecrets());
        };
    }

    private Outcome paid(Reference payment, ProviderAnswer attempt) {
        var bankTranId = attempt.text("bank_tran_id").orElse(null);
        var currency = attempt.firstText("currency_type", "currency").orElse("BDT");
        if (!"BDT".equalsIgnoreCase(currency)) {
            return new Outcome(Verdict.FAILED, bankTranId, "SSLCommerz reports the payment in " + currency + ", not BDT", attempt.withoutSecrets());
        }
        var amount = attempt.amount("amount")
                .orElseThrow(() -> new GatewayUnavailable("SSLCommerz reports the payment valid without a readable amount"));
        if (!Taka.same(amount, payment.amount())) {
            return new Outcome(Verdict.FAILED, bankTranId, "SSLCommerz reports " + amount.toPlainString() + " BDT paid, the payment is for "
                    + Taka.format(payment.amount()) + " BDT: possible tampering", attempt.withoutSecrets());
        }
        if (bankTranId == null) {
            throw new GatewayUnavailable("SSLCommerz reports the payment valid without a bank_tran_id");
        }
        return new Outcome(Verdict.COMPLETED, bankTranId, null, attempt.withoutSecrets());
    }

    private Optional<String> bankTranIdOf(Reference payment) {
        var answer = exchange.ask(get(TRANSACTIONS, Map.of("tran_id", payment.transactionId())));
        requireConnected(answer);
        return answer.objects("element").stream().filter(attempt -> PAID.contains(statusOf(attempt)))
                .flatMap(attempt -> attempt.text("bank_tran_id").stream()).findFirst();
    }

    /**
     * status success: refunded; processing: SSLCommerz took the request (reported as refunded, so it is
     * never asked twice — {@link #refundStatus} follows it); failed, or a request SSLCommerz rejects: not refunded.
     */
    private RefundResult refundResult(ProviderAnswer answer) {
        var connect = answer.text("APIConnect", "").toUpperCase(Locale.ROOT);
        if (List.of("INVALID_REQUEST", "INACTIVE").contains(connect)) {
            return new RefundResult(false, null, "SSLCommerz: " + connect + answer.text("errorReason").map(r -> ": " + r).orElse(""),
                    answer.withoutSecrets());
        }
        requireConnected(answer);
        var refundRefId = answer.text("refund_ref_id").orElse(null);
        return switch (answer.text("status", "").toLowerCase(Locale.ROOT)) {
            case "success" -> new RefundResult(true, refundRefId, null, answer.withoutSecrets());
            case "processing" -> new RefundResult(true, refundRefId, "SSLCommerz is processing the refund", answer.withoutSecrets());
            case "failed" -> new RefundResult(false, refundRefId, "SSLCommerz: " + answer.text("errorReason", "refund failed"),
                    answer.withoutSecrets());
            default -> throw new GatewayUnavailable("SSLCommerz answered the refund without a status");
        };
    }

    private static void requireConnected(ProviderAnswer answer) {
        var connect = answer.text("APIConnect", "");
        if (!"DONE".equalsIgnoreCase(connect)) {
            throw new GatewayUnavailable("SSLCommerz answered APIConnect=" + (connect.isEmpty() ? "nothing" : connect)
                    + answer.text("errorReason").map(reason -> ": " + reason).orElse(""));
        }
    }

    private static String statusOf(ProviderAnswer attempt) {
        return attempt.text("status", "").toUpperCase(Locale.ROOT);
    }

    private HttpRequest.Builder get(String path, Map<String, String> parameters) {
        var query = new LinkedHashMap<>(parameters);
        query.put("store_id", properties.storeId());
        query.put("store_passwd", properties.storePassword());
        query.put("format", "json");
        return HttpRequest.newBuilder(URI.create(baseUrl + path + "?" + encoded(query))).header("Accept", "application/json").GET();
    }

    private static String withResult(String callbackUrl, String result) {
        return callbackUrl + (callbackUrl.contains("?") ? "&" : "?") + "result=" + result;
    }

    private String refundTransId() {
        var bytes = new byte[12];
        random.nextBytes(bytes);
        return "RF" + HexFormat.of().formatHex(bytes);
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String limited(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
