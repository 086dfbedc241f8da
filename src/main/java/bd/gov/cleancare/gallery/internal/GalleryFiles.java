package bd.gov.cleancare.gallery.internal;

import bd.gov.cleancare.platform.errors.PayloadTooLarge;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.images.ImageProcessing;
import bd.gov.cleancare.platform.images.NotAnImage;
import bd.gov.cleancare.platform.storage.FileType;
import bd.gov.cleancare.platform.storage.Storage;
import bd.gov.cleancare.platform.storage.StoredFiles;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The gallery's files: checked by content (≤ 10 MB, JPEG/PNG/WebP), re-encoded without metadata (a
 * phone's EXIF tells where and when a staff member stood), thumbnailed, stored. Files follow the
 * transaction: gone again if it rolls back, and deleted rows' files removed once it commits.
 */
@Component
public class GalleryFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final ImageProcessing images;
    private final Storage storage;
    private final StoredFiles files;

    public GalleryFiles(ImageProcessing images, Storage storage, StoredFiles files) {
        this.images = images;
        this.storage = storage;
        this.files = files;
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
            files.removeOnRollback(List.of(imageUrl));
            var thumbnailUrl = storage.put(folder, processed.thumbnail(), FileType.JPEG);
            files.removeOnRollback(List.of(thumbnailUrl));
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
        files.deleteAfterCommit(urls);
    }
}
