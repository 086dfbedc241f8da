package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.UUID;

/** A complaint was given to a staff member (after commit: tell them). */
public record ComplaintAssigned(UUID complaintId, String trackingNumber, UUID assigneeId, UUID assignedBy, Instant assignedAt) {
}
