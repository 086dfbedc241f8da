package bd.gov.cleancare.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One row of payments. */
public record PaymentRow(UUID id, UUID userId, String serviceType, BigDecimal amount, String paymentMethod, String gateway,
        String phoneNumber, String transactionId, String gatewayTransactionId, String gatewayTrxId, PaymentStatus status,
        String failureReason, BigDecimal refundedAmount, String receiptNumber, String redirectUrl, String description,
        String cityCorporation, String wardNumber, Instant createdAt, Instant updatedAt, Instant completedAt) {
}
