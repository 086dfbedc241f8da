package bd.gov.cleancare.payments;

import java.math.BigDecimal;
import java.util.UUID;

public record PaymentRefunded(UUID paymentId, UUID userId, BigDecimal amount, boolean whole) {
}
