package bd.gov.cleancare.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A complaint in a list: enough for a card, with its first thumbnail, update count, rating, deadline and support. */
public record ComplaintSummary(
        UUID id, String trackingNumber, String title, String description,
        String category, String categoryCode, String priority, String priorityCode, String status, String statusCode,
        String location, BigDecimal latitude, BigDecimal longitude, String wardNumber, String cityCorporation,
        UUID userId, UUID assignedTo, Integer rating, String thumbnailUrl, long updateCount,
        Instant createdAt, Instant updatedAt, Instant resolvedAt,
        Instant responseDueAt, Instant resolutionDueAt, Deadline deadline, int supportCount) {
}
