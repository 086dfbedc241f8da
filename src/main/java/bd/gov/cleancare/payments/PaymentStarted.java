package bd.gov.cleancare.payments;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The seed's process_payment answer: open {@code redirect_url} (for bKash also {@code bkash_url}).
 * {@code replayed}: an Idempotency-Key seen before returned the original payment.
 */
public record PaymentStarted(UUID paymentId, String transactionId, String status, BigDecimal amount, String paymentMethod,
        String gateway, String redirectUrl, String bkashUrl, boolean replayed) {
}
