package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.UUID;

/**
 * A resolved complaint was said "not fixed" (after commit: tell its assignee and the ward office).
 * {@code via} is citizen, supporter or follow_up; {@code reopenedBy} the one who said it.
 */
public record ComplaintReopened(UUID complaintId, String trackingNumber, UUID userId, UUID assigneeId, String cityCorporation,
        String wardNumber, UUID reopenedBy, String via, String comment, Instant reopenedAt) {
}
