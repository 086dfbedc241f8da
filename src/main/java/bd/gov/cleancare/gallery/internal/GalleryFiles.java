package bd.gov.cleancare.gallery.internal;

import bd.gov.cleancare.platform.errors.PayloadTooLarge;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.images.ImageProcessing;
import bd.gov.cleancare.platform.images.NotAnImage;
import bd.gov.cleancare.platform.storage.FileType;
import bd.gov.cleancare.platform.storage.Storage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The gallery's files: checked by content (≤ 10 MB, JPEG/PNG/WebP), re-encoded without metadata (a
 * phone's EXIF tells where and when a staff member stood), thumbnailed, stored. Files follow the
 * transaction: gone again if it rolls back, and deleted rows' files removed once it commits.
 */
@Component
public class GalleryFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(GalleryFiles.class);

    private final ImageProcessing images;
    private final Storage storage;

    public GalleryFiles(ImageProcessing images, Storage storage) {
        this.images = images;
        this.storage = storage;
    }

    public record StoredImage(String imageUrl, String thumbnailUrl, int width, int height) {
    }

    /** Checks the upload before anything is stored; the caller can then fail on other fields without leaving files behind. */
    public void check(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new PayloadTooLarge("image", "upload.too-large", 10);
        }
        if (FileType.recognise(content).filter(FileType::isImage).isEmpty()) {
            throw RuleViolated.onField("image", "upload.not-an-image");
        }
    }

    public StoredImage store(UUID albumId, byte[] content) {
        check(content);
        try {
            var processed = images.process(content);
            var folder = "gallery/" + albumId;
            var imageUrl = storage.put(folder, processed.publicCopy(), processed.publicType());
            removeOnRollback(imageUrl);
            var thumbnailUrl = storage.put(folder, processed.thumbnail(), FileType.JPEG);
            removeOnRollback(thumbnailUrl);
            return new StoredImage(imageUrl, thumbnailUrl, processed.width(), processed.height());
        } catch (NotAnImage e) {
            throw RuleViolated.onField("image", "upload.not-an-image");
        }
    }

    /** Another module's stored file (a complaint's photo), to copy: the gallery keeps its own files. */
    public Optional<byte[]> read(String url) {
        return storage.read(url);
    }

    public void deleteAfterCommit(List<String> urls) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                urls.forEach(GalleryFiles.this::deleteQuietly);
            }
        });
    }

    private void removeOnRollback(String url) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(url);
                }
            }
        });
    }

    private void deleteQuietly(String url) {
        try {
            storage.delete(url);
        } catch (RuntimeException e) {
            // The database is already right; a leftover file is logged for the clean-up job, not an error for the user.
            log.warn("could not delete stored file {}: {}", url, e.getMessage());
        }
    }
}
