package bd.gov.cleancare.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment the gateway confirmed (after commit: receipt by SMS and in the app, donation totals). */
public record PaymentCompleted(UUID paymentId, UUID userId, String serviceType, BigDecimal amount, String transactionId,
        String receiptNumber, Instant completedAt) {
}
