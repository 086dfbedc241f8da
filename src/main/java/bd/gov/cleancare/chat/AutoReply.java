package bd.gov.cleancare.chat;

import java.util.List;
import java.util.UUID;

/** A keyword rule the assistant answers with when no ward staff is online. */
public record AutoReply(UUID id, List<String> keywords, String replyBn, String replyEn, boolean isActive) {
}
