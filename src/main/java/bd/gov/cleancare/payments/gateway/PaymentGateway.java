package bd.gov.cleancare.payments.gateway;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * One payment provider (bKash, Nagad, SSLCommerz, the local sandbox). The payments module decides
 * a payment's state only from what a gateway reports when asked (confirm/query) — never from a
 * callback's parameters alone. Network failures, timeouts, 5xx and malformed answers throw
 * {@link GatewayUnavailable}; a clear refusal is an outcome, not an exception.
 */
public interface PaymentGateway {

    /** The gateway's name in configuration, URLs and logs: bkash, nagad, sslcommerz, sandbox. */
    String name();

    /** The seed's payment_method values this gateway takes (bkash; nagad; card, rocket, upay, bank; …). */
    Set<String> methods();

    /** Starts a payment; the citizen is sent to {@link Created#redirectUrl()}. */
    Created create(Order order);

    /**
     * After the citizen came back (callback/IPN): finishes the payment where the provider needs a
     * step (bKash execute) and reports the provider's own verdict (query/validation API).
     * {@code callback} is what the callback carried, used only to find what to ask.
     */
    Outcome confirm(Reference payment, Map<String, String> callback);

    /** Asks the provider for the payment's current state (verify, reconciliation). */
    Outcome query(Reference payment);

    /** Refunds {@code amount} (≤ what was paid) of a completed payment. */
    RefundResult refund(Reference payment, BigDecimal amount, String reason);

    /** What we ask a gateway to collect. {@code callbackUrl}: where the provider sends the citizen (and IPN) back. */
    record Order(String transactionId, BigDecimal amount, String description, String payerPhone, String callbackUrl) {
    }

    /** The provider's handle for a started payment, the page to open, and its raw answer (stored). */
    record Created(String gatewayPaymentId, String redirectUrl, Map<String, Object> response) {
    }

    /** Our payment as a gateway knows it. */
    record Reference(String transactionId, String gatewayPaymentId, String gatewayTransactionId, BigDecimal amount) {
    }

    enum Verdict { COMPLETED, FAILED, CANCELLED, PENDING }

    /** The provider's verdict, its transaction id once paid, a reason when not, and its raw answer (stored). */
    record Outcome(Verdict verdict, String gatewayTransactionId, String message, Map<String, Object> response) {
    }

    record RefundResult(boolean refunded, String refundId, String message, Map<String, Object> response) {
    }
}
