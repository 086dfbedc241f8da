package bd.gov.cleancare.chat;

import java.util.List;
import java.util.UUID;

/** A message was stored (after commit: tell members who are offline). */
public record ChatMessagePosted(UUID messageId, String roomId, UUID senderId, String senderName, String preview,
        List<UUID> recipients) {
}
