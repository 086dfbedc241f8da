package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.complaints.Source;
import bd.gov.cleancare.complaints.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of complaints as the rules need it; {@code duplicateOf} the original it was merged into, {@code filedBy} the
 * staff member who filed it for a caller; {@code answers} the category questions' answers as JSON (or null).
 */
public record ComplaintRow(
        UUID id, UUID userId, String trackingNumber, String title, String description, Category category, Priority priority,
        Status status, String location, BigDecimal latitude, BigDecimal longitude, String wardNumber, String cityCorporation,
        UUID assignedTo, Integer rating, String ratingComment, Instant ratedAt, Source source,
        Instant createdAt, Instant updatedAt, Instant resolvedAt,
        Instant responseDueAt, Instant resolutionDueAt, Instant respondedAt, Instant overdueAt, int escalationLevel,
        int supportCount, boolean isPublic, boolean hideName, UUID duplicateOf, UUID filedBy, boolean held, String publicTitle,
        String publicDescription, String answers) {
}
