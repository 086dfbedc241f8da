package bd.gov.cleancare.notifications;

import java.util.UUID;

/**
 * Something to tell one user, in the app and optionally by SMS. {@code eventKey} names the event it
 * comes from, so a retried delivery does not tell the user twice.
 */
public record Notification(UUID userId, String kind, String title, String body, String resourceType, UUID resourceId,
        String eventKey) {
}
