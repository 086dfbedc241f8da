package bd.gov.cleancare.notifications;

import java.time.Instant;
import java.util.UUID;

public record NotificationView(UUID id, String kind, String title, String body, String resourceType, UUID resourceId,
        boolean isRead, Instant readAt, Instant createdAt) {
}
