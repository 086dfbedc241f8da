package bd.gov.cleancare.notices.internal;

import bd.gov.cleancare.notices.NoticeView;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.PayloadTooLarge;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.images.ImageProcessing;
import bd.gov.cleancare.platform.images.NotAnImage;
import bd.gov.cleancare.platform.storage.FileType;
import bd.gov.cleancare.platform.storage.Storage;
import bd.gov.cleancare.platform.storage.StoredFiles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A notice's images and PDFs: recognised by content, images re-encoded without metadata and
 * thumbnailed, PDFs kept as sent; files follow the transaction that records them.
 */
@Component
public class NoticeAttachments {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PER_NOTICE = 5;

    private final NoticeRepository notices;
    private final ImageProcessing images;
    private final Storage storage;
    private final StoredFiles files;
    private final Clock clock;

    NoticeAttachments(NoticeRepository notices, ImageProcessing images, Storage storage, StoredFiles files, Clock clock) {
        this.notices = notices;
        this.images = images;
        this.storage = storage;
        this.files = files;
        this.clock = clock;
    }

    public Map<UUID, List<NoticeView.Attachment>> of(List<UUID> noticeIds) {
        return notices.attachments(noticeIds);
    }

    public NoticeView.Attachment add(UUID noticeId, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw RuleViolated.onField("file", "validation.NotBlank");
        }
        if (content.length > MAX_BYTES) {
            throw new PayloadTooLarge("file", "upload.too-large", 10);
        }
        var type = FileType.recognise(content).filter(t -> t.isImage() || t == FileType.PDF)
                .orElseThrow(() -> RuleViolated.onField("file", "notice.attachment.type"));
        if (notices.attachments(List.of(noticeId)).getOrDefault(noticeId, List.of()).size() >= MAX_PER_NOTICE) {
            throw RuleViolated.onField("file", "notice.attachment.too-many", MAX_PER_NOTICE);
        }
        var folder = "notices/" + noticeId;
        var written = new ArrayList<String>();
        files.removeOnRollback(written);
        var name = StoredFiles.label(fileName);
        if (type == FileType.PDF) {
            var url = storage.put(folder, content, FileType.PDF);
            written.add(url);
            var id = notices.addAttachment(noticeId, url, null, "pdf", name, content.length, clock.instant());
            return new NoticeView.Attachment(id, url, null, "pdf", name, content.length);
        }
        try {
            var processed = images.process(content);
            var url = storage.put(folder, processed.publicCopy(), processed.publicType());
            written.add(url);
            var thumbnail = storage.put(folder, processed.thumbnail(), FileType.JPEG);
            written.add(thumbnail);
            var id = notices.addAttachment(noticeId, url, thumbnail, "image", name, processed.publicCopy().length, clock.instant());
            return new NoticeView.Attachment(id, url, thumbnail, "image", name, processed.publicCopy().length);
        } catch (NotAnImage e) {
            throw RuleViolated.onField("file", "notice.attachment.type");
        }
    }

    public void remove(UUID noticeId, UUID attachmentId) {
        files.deleteAfterCommit(notices.removeAttachment(noticeId, attachmentId)
                .orElseThrow(() -> new NotFound("notice.attachment.not-found")));
    }

    public void removeAll(UUID noticeId) {
        files.deleteAfterCommit(notices.attachmentFiles(noticeId));
    }
}
