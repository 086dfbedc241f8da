package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.UUID;

/** Someone wrote on a complaint without moving it (after commit: tell the citizen, or the assignee when the citizen wrote). */
public record ComplaintCommented(UUID complaintId, String trackingNumber, UUID userId, UUID assigneeId, UUID commentedBy,
        String comment, Instant commentedAt) {
}
