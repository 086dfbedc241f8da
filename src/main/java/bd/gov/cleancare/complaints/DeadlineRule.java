package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.UUID;

/** A deadline rule in working hours: for a category, or for a category at one priority (which wins). */
public record DeadlineRule(UUID id, String category, String categoryCode, String priority, String priorityCode,
        int responseHours, int resolutionHours, Instant updatedAt) {
}
