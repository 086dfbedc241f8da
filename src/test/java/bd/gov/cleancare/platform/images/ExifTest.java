package bd.gov.cleancare.platform.images;

import static bd.gov.cleancare.platform.images.ExifBlocks.anExifBlock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class ExifTest {

    @Test
    void orientation_and_gps_are_read_in_either_byte_order() {
        var bigEndian = Exif.parse(anExifBlock().orientation(6).gps(23.8103, 90.4125).tiff());
        var littleEndian = Exif.parse(anExifBlock().littleEndian().orientation(6).gps(23.8103, 90.4125).tiff());

        assertThat(bigEndian.orientation()).isEqualTo(Orientation.ROTATE_90_CW);
        assertThat(littleEndian).isEqualTo(bigEndian);
        assertThat(bigEndian.gps()).isPresent();
    }

    @Test
    void a_block_without_gps_has_no_location_and_one_without_orientation_is_upright() {
        assertThat(Exif.parse(anExifBlock().orientation(3).tiff()).gps()).isEmpty();
        assertThat(Exif.parse(anExifBlock().gps(23.8, 90.4).tiff()).orientation()).isEqualTo(Orientation.UPRIGHT);
    }

    @Test
    void zero_zero_from_a_phone_without_a_fix_is_no_location() {
        assertThat(Exif.parse(anExifBlock().gps(0, 0).tiff()).gps()).isEmpty();
    }

    @Test
    void coordinates_off_the_globe_are_no_location() {
        assertThat(Exif.parse(anExifBlock().gps(95, 90).tiff()).gps()).isEmpty();
        assertThat(Exif.parse(anExifBlock().gps(23, 181).tiff()).gps()).isEmpty();
    }

    @Test
    void a_tag_claiming_two_gigabytes_of_text_reads_as_no_exif_rather_than_exhausting_memory() {
        var tiff = ByteBuffer.allocate(26).put(new byte[] {'M', 'M', 0, 42}).putInt(8)
                .putShort((short) 1)
                .putShort((short) 0x010E).putShort((short) 2).putInt(Integer.MAX_VALUE).putInt(20) // ImageDescription
                .putInt(0).array();

        var exif = Exif.parse(tiff);

        assertThat(exif.orientation()).isEqualTo(Orientation.UPRIGHT);
        assertThat(exif.gps()).isEmpty();
    }

    @Test
    void bytes_that_are_no_tiff_at_all_read_as_no_exif() {
        assertThat(Exif.parse(new byte[] {1, 2, 3})).isEqualTo(Exif.NONE);
        assertThat(Exif.parse(new byte[0])).isEqualTo(Exif.NONE);
    }
}
