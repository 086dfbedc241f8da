package bd.gov.cleancare.platform.images;

import bd.gov.cleancare.platform.storage.FileType;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/** Turns JPEG, PNG or WebP bytes into pixels, refusing images whose pixel count would exhaust memory. */
final class ImageDecoder {

    static final long MAX_PIXELS = 50_000_000L;
    static final int MAX_SIDE = 12_000;

    private ImageDecoder() {
    }

    static BufferedImage decode(byte[] bytes, FileType type) {
        var reader = readerFor(type);
        var truncation = new TruncationWatch();
        try (var input = new ByteArrayImageInputStream(bytes)) {
            reader.setInput(input, true, true);
            // The header alone tells the size: a few kilobytes can declare gigabytes of pixels.
            refuseOversized(reader.getWidth(0), reader.getHeight(0));
            reader.addIIOReadWarningListener(truncation);
            var image = reader.read(0);
            if (truncation.seen) {
                throw new NotAnImage("the " + type.extension() + " data ends before the image does");
            }
            return image;
        } catch (NotAnImage e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders fail on hostile input with IOExceptions and, less politely, with runtime exceptions.
            throw new NotAnImage("the " + type.extension() + " data cannot be decoded", e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(FileType type) {
        return switch (type) {
            // Created directly rather than found through ImageIO's registry, which misses plugins when a
            // class loader other than the application's touched ImageIO first (servlet containers, tests).
            case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
            case JPEG, PNG -> {
                var readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
                if (!readers.hasNext()) {
                    throw new IllegalStateException("no ImageIO reader for " + type.mediaType());
                }
                yield readers.next();
            }
            case PDF, XLSX -> throw new NotAnImage("a PDF is not an image");
        };
    }

    private static void refuseOversized(int width, int height) {
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new NotAnImage("the image declares " + width + "x" + height + " pixels; at most " + MAX_SIDE
                    + " px a side and " + MAX_PIXELS / 1_000_000 + " megapixels are accepted");
        }
    }

    /**
     * The JDK's JPEG decoder fills a cut-off file with grey and only warns; an upload cut off in transit should be
     * sent again rather than published half grey. The messages are libjpeg's and the JDK's, unchanged for decades.
     */
    private static final class TruncationWatch implements IIOReadWarningListener {
        private boolean seen;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            var message = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
            if (message.contains("truncated") || message.contains("premature end")) {
                seen = true;
            }
        }
    }
}
