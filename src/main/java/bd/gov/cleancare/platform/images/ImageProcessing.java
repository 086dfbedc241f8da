package bd.gov.cleancare.platform.images;

import bd.gov.cleancare.platform.storage.FileType;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Turns a citizen's uploaded photo into what may be shown publicly: upright, at most 2048 px, re-encoded so no
 * EXIF, GPS or XMP of the original survives, plus a 320 px thumbnail. The location is handed back separately,
 * for the complaint, never inside a public file. Holds no state, so one instance serves all requests.
 */
@Component
public class ImageProcessing {

    static final int PUBLIC_LONGEST_SIDE = 2048;
    static final int THUMBNAIL_LONGEST_SIDE = 320;
    private static final float PUBLIC_JPEG_QUALITY = 0.85f;
    private static final float THUMBNAIL_JPEG_QUALITY = 0.8f;

    public ProcessedImage process(byte[] original) {
        Objects.requireNonNull(original, "original");
        var type = FileType.recognise(original).filter(FileType::isImage)
                .orElseThrow(() -> new NotAnImage("the content is not a JPEG, PNG or WebP file"));
        var stored = ImageDecoder.decode(original, type);
        var exif = Exif.of(original, type);

        // Scaled before turning: the limit is the same either way round, and turning fewer pixels is cheaper.
        var upright = exif.orientation().applyTo(Scaling.fitWithin(stored, PUBLIC_LONGEST_SIDE));
        var transparent = Alpha.anyTransparentPixel(upright);
        var opaque = Alpha.onWhite(upright);
        var publicCopy = transparent ? ImageEncoder.png(upright) : ImageEncoder.jpeg(opaque, PUBLIC_JPEG_QUALITY);
        var thumbnail = ImageEncoder.jpeg(Scaling.fitWithin(opaque, THUMBNAIL_LONGEST_SIDE), THUMBNAIL_JPEG_QUALITY);

        return new ProcessedImage(publicCopy, transparent ? FileType.PNG : FileType.JPEG, thumbnail,
                upright.getWidth(), upright.getHeight(), exif.gps());
    }
}
