package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A complaint passed a deadline ({@code step} "overdue") or was escalated ("escalated_zone",
 * "escalated_city"); {@code recipients} are the people to tell at that step, chosen when it happened.
 */
public record ComplaintOverdue(UUID complaintId, String trackingNumber, String step, String cityCorporation, String wardNumber,
        List<UUID> recipients, Instant at) {
}
