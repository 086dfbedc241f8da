package bd.gov.cleancare.donations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record DonationView(UUID id, UUID projectId, String projectName, BigDecimal amount, String paymentMethod,
        String transactionId, String receiptNumber, String status, String message, boolean isAnonymous, UUID paymentId,
        String redirectUrl, Instant createdAt, Instant completedAt) {
}
