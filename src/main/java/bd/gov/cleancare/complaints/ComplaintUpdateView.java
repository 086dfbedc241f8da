package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of a complaint's history: a status change, an assignment or a comment; or a step the
 * system took ({@code event}: overdue, escalated_zone, escalated_city), which has no author. A merge
 * links the two complaints ({@code link}: duplicate_of on the duplicate, duplicate_merged on the original).
 * {@code isPublic} false: moderation hid it, and only staff see it.
 */
public record ComplaintUpdateView(UUID id, UUID complaintId, String oldStatus, String oldStatusCode, String newStatus,
        String newStatusCode, String comment, UUID assignedTo, UpdatedBy updatedBy, Instant createdAt, String event,
        String link, UUID linkedComplaintId, String linkedTrackingNumber, boolean isPublic) {

    public record UpdatedBy(UUID id, String name, String userType) {
    }
}
