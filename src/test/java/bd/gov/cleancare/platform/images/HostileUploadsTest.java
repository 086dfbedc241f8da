package bd.gov.cleancare.platform.images;

import static bd.gov.cleancare.platform.images.TestImages.jpeg;
import static bd.gov.cleancare.platform.images.TestImages.png;
import static bd.gov.cleancare.platform.images.TestImages.quarters;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HostileUploadsTest {

    private final ImageProcessing images = new ImageProcessing();

    /** A PNG that is all header: signature, an IHDR declaring the size, and IEND; no pixel data at all. */
    private static byte[] pngDeclaring(int width, int height) {
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0).array(); // 8-bit RGBA
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(TestImages.pngChunk("IHDR", header));
        out.writeBytes(TestImages.pngChunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A real small JPEG whose frame header (SOF0) is rewritten to declare another size. */
    private static byte[] jpegDeclaring(int width, int height) {
        var bytes = jpeg(quarters(16, 16));
        for (int i = 2; i + 8 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(bytes, i + 5, 4).putShort((short) height).putShort((short) width);
                return bytes;
            }
        }
        throw new IllegalStateException("no SOF0 in the test JPEG");
    }

    @Test
    void a_php_script_is_not_an_image_whatever_it_is_called() {
        var script = "<?php system($_GET['cmd']); ?>".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> images.process(script)).isInstanceOf(NotAnImage.class);
    }

    @Test
    void a_php_script_behind_jpeg_magic_bytes_is_not_an_image() {
        var polyglot = ByteBuffer.allocate(64).put(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})
                .put("<?php system($_GET['cmd']); ?>".getBytes(StandardCharsets.US_ASCII)).array();

        assertThatThrownBy(() -> images.process(polyglot)).isInstanceOf(NotAnImage.class);
    }

    @Test
    void random_bytes_are_not_an_image() {
        var noise = new byte[4096];
        new Random(42).nextBytes(noise);

        assertThatThrownBy(() -> images.process(noise)).isInstanceOf(NotAnImage.class);
    }

    @Test
    void a_pdf_and_an_empty_upload_are_not_images() {
        assertThatThrownBy(() -> images.process("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(NotAnImage.class);
        assertThatThrownBy(() -> images.process(new byte[0])).isInstanceOf(NotAnImage.class);
    }

    @Test
    void a_jpeg_cut_off_halfway_is_not_an_image() {
        var photo = jpeg(quarters(400, 300));

        assertThatThrownBy(() -> images.process(Arrays.copyOf(photo, photo.length / 2)))
                .isInstanceOf(NotAnImage.class);
        assertThatThrownBy(() -> images.process(Arrays.copyOf(photo, 100))).isInstanceOf(NotAnImage.class);
    }

    @Test
    void a_png_or_webp_cut_off_halfway_is_not_an_image() {
        var picture = png(quarters(400, 300));

        assertThatThrownBy(() -> images.process(Arrays.copyOf(picture, picture.length / 2)))
                .isInstanceOf(NotAnImage.class);
        assertThatThrownBy(() -> images.process(Arrays.copyOf(TestImages.LOSSY_WEBP, 60)))
                .isInstanceOf(NotAnImage.class);
    }

    @Test
    void a_png_declaring_20000_by_20000_pixels_is_refused_from_its_header_alone() {
        assertThatThrownBy(() -> images.process(pngDeclaring(20_000, 20_000)))
                .isInstanceOf(NotAnImage.class)
                .hasMessageContaining("20000x20000");
    }

    @Test
    void a_side_over_12000_pixels_is_refused_even_when_the_area_is_small() {
        assertThatThrownBy(() -> images.process(pngDeclaring(12_001, 10)))
                .isInstanceOf(NotAnImage.class)
                .hasMessageContaining("12001x10");
    }

    @Test
    void more_than_50_megapixels_is_refused_even_when_each_side_is_allowed() {
        assertThatThrownBy(() -> images.process(pngDeclaring(8_000, 7_000)))
                .isInstanceOf(NotAnImage.class)
                .hasMessageContaining("8000x7000");
        assertThatThrownBy(() -> images.process(jpegDeclaring(10_000, 10_000)))
                .isInstanceOf(NotAnImage.class)
                .hasMessageContaining("10000x10000");
    }
}
