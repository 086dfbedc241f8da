package bd.gov.cleancare.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record RefundView(UUID id, UUID paymentId, String transactionId, UUID requestedBy, BigDecimal amount, String reason,
        String status, String note, UUID decidedBy, String gatewayRefundId, Instant createdAt, Instant decidedAt) {
}
