package bd.gov.cleancare.complaints;

import java.util.UUID;

/** "Has it been fixed?" is due for a resolved complaint: its citizen gets the one-tap link (after commit). */
public record FollowUpAsked(UUID complaintId, String trackingNumber, UUID userId, String link) {
}
