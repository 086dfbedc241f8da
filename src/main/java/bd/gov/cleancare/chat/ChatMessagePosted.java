package bd.gov.cleancare.chat;

import java.util.List;
import java.util.UUID;

/** A message was stored while some of its recipients were away from the room (after commit: tell them). */
public record ChatMessagePosted(UUID messageId, String roomId, UUID senderId, String senderName, String preview,
        List<UUID> recipients) {
}
