package bd.gov.cleancare.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment as its payer (or the staff of their ward) sees it. */
public record PaymentView(UUID id, UUID userId, String serviceType, String serviceName, BigDecimal amount, String currency,
        String paymentMethod, String gateway, String phoneNumber, String transactionId, String gatewayTransactionId,
        String gatewayTrxId, String status, String failureReason, BigDecimal refundedAmount, String receiptNumber,
        String redirectUrl, String description, String cityCorporation, String wardNumber, Instant createdAt,
        Instant updatedAt, Instant completedAt) {
}
