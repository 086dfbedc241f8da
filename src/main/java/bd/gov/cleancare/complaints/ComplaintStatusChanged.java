package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.UUID;

/** A complaint moved in its workflow (after commit: tell the citizen, update counters); {@code textable} as in ComplaintFiled. */
public record ComplaintStatusChanged(UUID complaintId, String trackingNumber, UUID userId, String oldStatusCode,
        String newStatusCode, String comment, UUID changedBy, Instant changedAt, boolean textable) {
}
