package bd.gov.cleancare.administration;

import java.time.Instant;
import java.util.UUID;

/** One activity_logs row. */
public record ActivityEntry(UUID id, UUID userId, String userName, String action, String resourceType, UUID resourceId,
        String ipAddress, String userAgent, Object details, Instant createdAt) {
}
