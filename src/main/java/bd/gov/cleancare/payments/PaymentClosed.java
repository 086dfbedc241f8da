package bd.gov.cleancare.payments;

import java.util.UUID;

/** A payment that will not complete: failed or cancelled (after commit: tell the payer, free a donation). */
public record PaymentClosed(UUID paymentId, UUID userId, String serviceType, String status, String reason) {
}
