package bd.gov.cleancare.platform.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ScalingTest {

    @Test
    void stripes_finer_than_the_new_pixels_fade_to_their_average_instead_of_turning_into_moire() {
        var stripes = new BufferedImage(1000, 20, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < stripes.getWidth(); x++) {
            for (int y = 0; y < stripes.getHeight(); y++) {
                stripes.setRGB(x, y, x % 2 == 0 ? Color.BLACK.getRGB() : Color.WHITE.getRGB());
            }
        }

        var scaled = Scaling.fitWithin(stripes, 250);

        assertThat(scaled.getWidth()).isEqualTo(250);
        assertThat(scaled.getHeight()).isEqualTo(5);
        for (int x = 0; x < scaled.getWidth(); x++) {
            assertThat(scaled.getRGB(x, 2) & 0xFF).as("column %d", x).isBetween(120, 136);
        }
    }

    @Test
    void edges_against_transparency_keep_their_colour_rather_than_darkening() {
        // 310 px to 100: the square's edges fall inside new pixels, which come out partly see-through
        var scaled = Scaling.fitWithin(TestImages.redSquareOnNothing(310, 310), 100);

        assertThat(scaled.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        int partlySeeThrough = 0;
        for (int x = 0; x < scaled.getWidth(); x++) {
            var pixel = new Color(scaled.getRGB(x, 50), true);
            if (pixel.getAlpha() > 0) {
                assertThat(pixel.getRed()).as("red at column %d", x).isGreaterThan(250);
                assertThat(pixel.getGreen() + pixel.getBlue()).as("green and blue at column %d", x).isLessThan(5);
            }
            if (pixel.getAlpha() > 0 && pixel.getAlpha() < 255) {
                partlySeeThrough++;
            }
        }
        assertThat(partlySeeThrough).isEqualTo(2);
        assertThat(new Color(scaled.getRGB(0, 0), true).getAlpha()).isZero();
    }

    @Test
    void an_image_within_the_limit_is_copied_at_its_size_as_int_rgb() {
        var copy = Scaling.fitWithin(new BufferedImage(120, 80, BufferedImage.TYPE_3BYTE_BGR), 320);

        assertThat(copy.getWidth()).isEqualTo(120);
        assertThat(copy.getHeight()).isEqualTo(80);
        assertThat(copy.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }
}
