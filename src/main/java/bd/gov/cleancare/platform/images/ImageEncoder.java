package bd.gov.cleancare.platform.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes pixels as fresh JPEG or PNG files; nothing of the original's metadata can come along, as none is passed. */
final class ImageEncoder {

    private ImageEncoder() {
    }

    static byte[] jpeg(BufferedImage opaque, float quality) {
        var writer = writerFor("image/jpeg");
        var param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        return written(writer, opaque, param);
    }

    static byte[] png(BufferedImage image) {
        var writer = writerFor("image/png");
        return written(writer, image, writer.getDefaultWriteParam());
    }

    private static ImageWriter writerFor(String mediaType) {
        var writers = ImageIO.getImageWritersByMIMEType(mediaType);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + mediaType);
        }
        return writers.next();
    }

    private static byte[] written(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
