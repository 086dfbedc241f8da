package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Upload;
import bd.gov.cleancare.platform.errors.PayloadTooLarge;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.images.GeoPoint;
import bd.gov.cleancare.platform.images.ImageProcessing;
import bd.gov.cleancare.platform.images.NotAnImage;
import bd.gov.cleancare.platform.storage.FileType;
import bd.gov.cleancare.platform.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Complaint photos: checked by content (≤ 10 MB, JPEG/PNG/WebP), re-encoded without metadata
 * (EXIF GPS would reveal where the citizen stood), thumbnailed, stored. Files follow the
 * transaction: removed if it rolls back, and deleted complaints' files removed after commit.
 */
@Component
public class ComplaintPhotos {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ComplaintPhotos.class);

    private final ImageProcessing images;
    private final Storage storage;

    public ComplaintPhotos(ImageProcessing images, Storage storage) {
        this.images = images;
        this.storage = storage;
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
        removeOnRollback(written);
        for (var upload : uploads) {
            try {
                var processed = images.process(upload.content());
                var imageUrl = storage.put(folder, processed.publicCopy(), processed.publicType());
                written.add(imageUrl);
                var thumbnailUrl = storage.put(folder, processed.thumbnail(), FileType.JPEG);
                written.add(thumbnailUrl);
                stored.add(new StoredPhoto(imageUrl, thumbnailUrl, label(upload.name()), processed.publicCopy().length,
                        processed.width(), processed.height(), processed.gps()));
            } catch (NotAnImage e) {
                throw RuleViolated.onField("image", "upload.not-an-image");
            }
        }
        return stored;
    }

    public void deleteAfterCommit(List<String> urls) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(urls);
            }
        });
    }

    private void removeOnRollback(List<String> written) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(written);
                }
            }
        });
    }

    private void deleteQuietly(List<String> urls) {
        for (var url : urls) {
            try {
                storage.delete(url);
            } catch (RuntimeException e) {
                // The database is already right; a leftover file is logged for the clean-up job, not an error for the user.
                log.warn("could not delete stored file {}: {}", url, e.getMessage());
            }
        }
    }

    /** The client's file name is only a label: kept short and without path parts. */
    private static String label(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        var base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 255 ? base.substring(0, 255) : base;
    }
}
