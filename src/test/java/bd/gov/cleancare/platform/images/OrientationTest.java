package bd.gov.cleancare.platform.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationTest {

    /** Stored pixels, named by letter: row "abc" above row "def". */
    private static BufferedImage stored() {
        var image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        var letters = "abcdef";
        for (int i = 0; i < letters.length(); i++) {
            image.setRGB(i % 3, i / 3, letters.charAt(i));
        }
        return image;
    }

    private static String rows(BufferedImage image) {
        var rows = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            if (y > 0) {
                rows.append('|');
            }
            for (int x = 0; x < image.getWidth(); x++) {
                rows.append((char) (image.getRGB(x, y) & 0xFF));
            }
        }
        return rows.toString();
    }

    @ParameterizedTest(name = "orientation {0} shows the stored abc|def as {1}")
    @CsvSource({
        "1, abc|def",
        "2, cba|fed",
        "3, fed|cba",
        "4, def|abc",
        "5, ad|be|cf",
        "6, da|eb|fc",
        "7, fc|eb|da",
        "8, cf|be|ad",
    })
    void each_orientation_turns_the_stored_pixels_as_the_exif_specification_draws_them(int tag, String expected) {
        assertThat(rows(Orientation.fromTag(tag).applyTo(stored()))).isEqualTo(expected);
    }

    @Test
    void an_unknown_orientation_is_taken_as_upright() {
        assertThat(Orientation.fromTag(0)).isEqualTo(Orientation.UPRIGHT);
        assertThat(Orientation.fromTag(9)).isEqualTo(Orientation.UPRIGHT);
        assertThat(Orientation.fromTag(-1)).isEqualTo(Orientation.UPRIGHT);
    }
}
