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

    /**
     * Blurs a rectangle of a public copy beyond recognition (a coarse mosaic, then a box blur inside the rectangle
     * only) and re-encodes it losslessly, so the new copy differs from the old one inside the rectangle only.
     * The rectangle is in the public copy's pixels and is clipped to the image.
     */
    public ProcessedImage redact(byte[] publicCopy, int x, int y, int width, int height) {
        Objects.requireNonNull(publicCopy, "publicCopy");
        var type = FileType.recognise(publicCopy).filter(FileType::isImage)
                .orElseThrow(() -> new NotAnImage("the content is not a JPEG, PNG or WebP file"));
        var decoded = ImageDecoder.decode(publicCopy, type);
        var image = Scaling.fitWithin(decoded, Math.max(decoded.getWidth(), decoded.getHeight()));
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int right = Math.min(image.getWidth(), x + width);
        int bottom = Math.min(image.getHeight(), y + height);
        if (right <= left || bottom <= top) {
            throw new NotAnImage("the rectangle lies outside the image");
        }
        // Blocks of at least 12 px (a tenth of the rectangle's shorter side when larger): faces and number plates go.
        int block = Math.max(12, Math.min(right - left, bottom - top) / 10);
        for (int by = top; by < bottom; by += block) {
            for (int bx = left; bx < right; bx += block) {
                int ex = Math.min(right, bx + block);
                int ey = Math.min(bottom, by + block);
                long a = 0, r = 0, g = 0, b = 0;
                int n = (ex - bx) * (ey - by);
                for (int py = by; py < ey; py++) {
                    for (int px = bx; px < ex; px++) {
                        int argb = image.getRGB(px, py);
                        a += argb >>> 24;
                        r += (argb >> 16) & 0xff;
                        g += (argb >> 8) & 0xff;
                        b += argb & 0xff;
                    }
                }
                int average = (int) (a / n) << 24 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
                for (int py = by; py < ey; py++) {
                    for (int px = bx; px < ex; px++) {
                        image.setRGB(px, py, average);
                    }
                }
            }
        }
        boxBlur(image, left, top, right, bottom, block / 2);
        var opaque = Alpha.onWhite(image);
        var thumbnail = ImageEncoder.jpeg(Scaling.fitWithin(opaque, THUMBNAIL_LONGEST_SIDE), THUMBNAIL_JPEG_QUALITY);
        return new ProcessedImage(ImageEncoder.png(image), FileType.PNG, thumbnail, image.getWidth(), image.getHeight(),
                java.util.Optional.empty());
    }

    /** A horizontal then a vertical running average, reading and writing inside the rectangle only. */
    private static void boxBlur(java.awt.image.BufferedImage image, int left, int top, int right, int bottom, int radius) {
        if (radius < 1) {
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            boolean horizontal = pass == 0;
            int lines = horizontal ? bottom - top : right - left;
            int length = horizontal ? right - left : bottom - top;
            int[] line = new int[length];
            for (int l = 0; l < lines; l++) {
                for (int i = 0; i < length; i++) {
                    line[i] = horizontal ? image.getRGB(left + i, top + l) : image.getRGB(left + l, top + i);
                }
                for (int i = 0; i < length; i++) {
                    int from = Math.max(0, i - radius);
                    int to = Math.min(length - 1, i + radius);
                    long a = 0, r = 0, g = 0, b = 0;
                    for (int k = from; k <= to; k++) {
                        a += line[k] >>> 24;
                        r += (line[k] >> 16) & 0xff;
                        g += (line[k] >> 8) & 0xff;
                        b += line[k] & 0xff;
                    }
                    int n = to - from + 1;
                    int argb = (int) (a / n) << 24 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
                    if (horizontal) {
                        image.setRGB(left + i, top + l, argb);
                    } else {
                        image.setRGB(left + l, top + i, argb);
                    }
                }
            }
        }
    }
}
