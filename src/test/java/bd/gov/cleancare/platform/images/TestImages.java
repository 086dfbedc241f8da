package bd.gov.cleancare.platform.images;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures made in code for the tests, and ways to look at what came out. */
final class TestImages {

    /** 64x32, left half red, right half blue; cwebp -q 90. */
    static final byte[] LOSSY_WEBP = Base64.getDecoder().decode(
            "UklGRmgAAABXRUJQVlA4IFwAAAAQBQCdASpAACAAPjEWiUMiISEWBAAgAwSxgGaE4H8A/EDYDOAfgB+wH9AAMow0CWLAAP73olAVJyI+"
            + "5dz+6quN/8JzR9yaS1r0lTX/hYfwG/G06AENfISg4AAAAA==");
    /** 64x32, left half red, right half blue; cwebp -lossless -exact. */
    static final byte[] LOSSLESS_WEBP = Base64.getDecoder().decode(
            "UklGRiYAAABXRUJQVlA4TBoAAAAvP8AHAA8Q87//8x8OxILJ/KVD6I3of1TBNw==");
    /** 64x32, left half red, right half fully transparent; cwebp -lossless. */
    static final byte[] HALF_TRANSPARENT_WEBP = Base64.getDecoder().decode(
            "UklGRiYAAABXRUJQVlA4TBkAAAAvP8AHEA8Q8x/zHwyxYDJ/6RB6I/ofVfANAA==");

    private static final Map<String, Color> NAMED = Map.of(
            "red", Color.RED, "green", Color.GREEN, "blue", Color.BLUE, "yellow", Color.YELLOW,
            "white", Color.WHITE, "black", Color.BLACK);

    private TestImages() {
    }

    /** Four coloured quarters: red top-left, green top-right, blue bottom-left, yellow bottom-right. */
    static BufferedImage quarters(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height / 2);
        graphics.setColor(Color.GREEN);
        graphics.fillRect(width / 2, 0, width - width / 2, height / 2);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, height / 2, width / 2, height - height / 2);
        graphics.setColor(Color.YELLOW);
        graphics.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
        graphics.dispose();
        return image;
    }

    /** A red square in the middle of a fully transparent canvas. */
    static BufferedImage redSquareOnNothing(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    static byte[] jpeg(BufferedImage image) {
        return encoded(image, "jpeg");
    }

    static byte[] png(BufferedImage image) {
        return encoded(image, "png");
    }

    static BufferedImage decoded(byte[] bytes) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("not readable by ImageIO");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the test colour nearest to the pixel, so assertions survive JPEG's small colour shifts. */
    static String colourAt(BufferedImage image, int x, int y) {
        var pixel = new Color(image.getRGB(x, y), true);
        if (pixel.getAlpha() < 16) {
            return "transparent";
        }
        return NAMED.entrySet().stream()
                .min((a, b) -> Integer.compare(distance(a.getValue(), pixel), distance(b.getValue(), pixel)))
                .orElseThrow().getKey();
    }

    static boolean contains(byte[] haystack, String needle) {
        var bytes = needle.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + bytes.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + bytes.length, bytes, 0, bytes.length)) {
                return true;
            }
        }
        return false;
    }

    /** The JPEG with one more segment (marker, length, payload) right after its SOI marker. */
    static byte[] withSegmentAfterSoi(byte[] jpeg, int marker, byte[] payload) {
        var segment = ByteBuffer.allocate(4 + payload.length)
                .put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload).array();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG chunk: big-endian length, type, data, and the CRC-32 of type and data. */
    static byte[] pngChunk(String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue()).array();
    }

    /** The PNG with one more chunk right after its IHDR (which always comes first and is 25 bytes long). */
    static byte[] withChunkAfterHeader(byte[] png, byte[] chunk) {
        int afterHeader = 8 + 25;
        var out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk);
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** An extended (VP8X) WebP holding the simple WebP's image chunk followed by an EXIF chunk. */
    static byte[] webpWithExif(byte[] simpleWebp, int width, int height, byte[] tiff) {
        var imageChunk = Arrays.copyOfRange(simpleWebp, 12, simpleWebp.length);
        int exifPadding = tiff.length % 2;
        var chunks = ByteBuffer.allocate(18 + imageChunk.length + 8 + tiff.length + exifPadding)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        chunks.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10)
                .put((byte) 0x08).put(new byte[3]) // flags: EXIF present
                .put(uint24(width - 1)).put(uint24(height - 1))
                .put(imageChunk)
                .put("EXIF".getBytes(StandardCharsets.US_ASCII)).putInt(tiff.length).put(tiff).put(new byte[exifPadding]);
        var body = chunks.array();
        return ByteBuffer.allocate(12 + body.length).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body).array();
    }

    private static byte[] uint24(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16)};
    }

    private static int distance(Color a, Color b) {
        int red = a.getRed() - b.getRed();
        int green = a.getGreen() - b.getGreen();
        int blue = a.getBlue() - b.getBlue();
        return red * red + green * green + blue * blue;
    }

    private static byte[] encoded(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
