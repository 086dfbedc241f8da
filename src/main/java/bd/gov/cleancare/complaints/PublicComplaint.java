package bd.gov.cleancare.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A complaint as the public may see it (Open311, maps): the problem and its handling; the citizen
 * only as {@code reportedBy}, their name when they chose to show it, else "a citizen of ward 12".
 */
public record PublicComplaint(UUID id, String trackingNumber, Category category, Status status, String title,
        String description, String location, BigDecimal latitude, BigDecimal longitude, String wardNumber,
        String cityCorporation, Instant createdAt, Instant updatedAt, Instant resolvedAt, String imageUrl,
        Instant resolutionDueAt, int supportCount, String reportedBy) {
}
