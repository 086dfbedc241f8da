package bd.gov.cleancare.chat;

import java.time.Instant;
import java.util.UUID;

/** The seed's chat message JSON, as every room member receives it; the text is plain text, never markup. */
public record ChatMessageView(UUID id, String roomId, String message, String messageType, String fileUrl, UUID senderId,
        String senderName, Instant timestamp, boolean isBot, long seq) {
}
