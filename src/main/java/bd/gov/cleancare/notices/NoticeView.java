package bd.gov.cleancare.notices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notice as the board shows it. {@code state} is live, scheduled, expired or withdrawn; {@code isRead}
 * is whether the caller has opened it (null for anonymous callers).
 */
public record NoticeView(UUID id, String title, String titleEn, String content, String contentEn, String category,
        String categoryCode, String priority, boolean isActive, boolean isUrgent, boolean sendSms, String cityCorporation,
        List<String> targetWards, Instant publishedAt, Instant expiresAt, String state, UUID createdBy, Instant createdAt,
        Instant updatedAt, Boolean isRead, List<Attachment> attachments) {

    public record Attachment(UUID id, String fileUrl, String thumbnailUrl, String fileType, String fileName, long sizeBytes) {
    }

    public NoticeView withAttachments(List<Attachment> files, Boolean read) {
        return new NoticeView(id, title, titleEn, content, contentEn, category, categoryCode, priority, isActive, isUrgent, sendSms,
                cityCorporation, targetWards, publishedAt, expiresAt, state, createdBy, createdAt, updatedAt, read, files);
    }
}
