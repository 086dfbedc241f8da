package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Upload;
import bd.gov.cleancare.platform.errors.PayloadTooLarge;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.images.GeoPoint;
import bd.gov.cleancare.platform.images.ImageProcessing;
import bd.gov.cleancare.platform.images.NotAnImage;
import bd.gov.cleancare.platform.storage.FileType;
import bd.gov.cleancare.platform.storage.Storage;
import bd.gov.cleancare.platform.storage.StoredFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Complaint photos: checked by content (≤ 10 MB, JPEG/PNG/WebP), re-encoded without metadata
 * (EXIF GPS would reveal where the citizen stood), thumbnailed, stored. Files follow the
 * transaction: removed if it rolls back, and deleted complaints' files removed after commit.
 */
@Component
public class ComplaintPhotos {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final ImageProcessing images;
    private final Storage storage;
    private final StoredFiles files;

    public ComplaintPhotos(ImageProcessing images, Storage storage, StoredFiles files) {
        this.images = images;
        this.storage = storage;
        this.files = files;
    }

    public record StoredPhoto(String imageUrl, String thumbnailUrl, String name, int size, int width, int height,
            Optional<GeoPoint> gps) {
    }

    public List<StoredPhoto> store(UUID complaintId, List<Upload> uploads) {
        for (var upload : uploads) {
            if (upload.content().length > MAX_BYTES) {
                throw new PayloadTooLarge("image", "upload.too-large", 10);
            }
            if (FileType.recognise(upload.content()).filter(FileType::isImage).isEmpty()) {
                throw RuleViolated.onField("image", "upload.not-an-image");
            }
        }
        var folder = "complaints/" + complaintId;
        var stored = new ArrayList<StoredPhoto>();
        var written = new ArrayList<String>();
        files.removeOnRollback(written);
        for (var upload : uploads) {
            try {
                var processed = images.process(upload.content());
                var imageUrl = storage.put(folder, processed.publicCopy(), processed.publicType());
                written.add(imageUrl);
                var thumbnailUrl = storage.put(folder, processed.thumbnail(), FileType.JPEG);
                written.add(thumbnailUrl);
                stored.add(new StoredPhoto(imageUrl, thumbnailUrl, StoredFiles.label(upload.name()), processed.publicCopy().length,
                        processed.width(), processed.height(), processed.gps()));
            } catch (NotAnImage e) {
                throw RuleViolated.onField("image", "upload.not-an-image");
            }
        }
        return stored;
    }

    public void deleteAfterCommit(List<String> urls) {
        files.deleteAfterCommit(urls);
    }

    /** The current public copy and its redacted replacement (stored, removed again if the transaction rolls back). */
    public record Redacted(byte[] before, FileType beforeType, StoredPhoto after) {
    }

    /** Blurs a rectangle of a stored public copy into a new file; the caller swaps the URLs and removes the old files. */
    public Redacted redact(UUID complaintId, String imageUrl, int x, int y, int width, int height) {
        var before = storage.read(imageUrl).orElseThrow(() -> new bd.gov.cleancare.platform.errors.NotFound("complaint.image.not-found"));
        var beforeType = FileType.recognise(before).filter(FileType::isImage)
                .orElseThrow(() -> RuleViolated.onField("image", "upload.not-an-image"));
        bd.gov.cleancare.platform.images.ProcessedImage processed;
        try {
            processed = images.redact(before, x, y, width, height);
        } catch (NotAnImage e) {
            throw RuleViolated.onField("x", "moderation.redaction.outside");
        }
        var written = new ArrayList<String>();
        files.removeOnRollback(written);
        var folder = "complaints/" + complaintId;
        var url = storage.put(folder, processed.publicCopy(), processed.publicType());
        written.add(url);
        var thumbnail = storage.put(folder, processed.thumbnail(), FileType.JPEG);
        written.add(thumbnail);
        return new Redacted(before, beforeType, new StoredPhoto(url, thumbnail, null, processed.publicCopy().length,
                processed.width(), processed.height(), Optional.empty()));
    }
}
