package bd.gov.cleancare.platform.images;

import static bd.gov.cleancare.platform.images.ExifBlocks.anExifBlock;
import static bd.gov.cleancare.platform.images.TestImages.colourAt;
import static bd.gov.cleancare.platform.images.TestImages.contains;
import static bd.gov.cleancare.platform.images.TestImages.decoded;
import static bd.gov.cleancare.platform.images.TestImages.jpeg;
import static bd.gov.cleancare.platform.images.TestImages.png;
import static bd.gov.cleancare.platform.images.TestImages.quarters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import bd.gov.cleancare.platform.storage.FileType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ImageProcessingTest {

    private static final int JPEG_APP1 = 0xE1;

    private final ImageProcessing images = new ImageProcessing();

    @Test
    void a_jpeg_with_gps_exif_gives_its_coordinates_and_a_public_copy_without_any_exif() {
        var photo = TestImages.withSegmentAfterSoi(jpeg(quarters(200, 100)), JPEG_APP1,
                anExifBlock().gps(23.8103, 90.4125).app1Payload());

        var processed = images.process(photo);

        assertThat(processed.gps()).hasValueSatisfying(point -> {
            assertThat(point.latitude()).isCloseTo(23.8103, within(1e-6));
            assertThat(point.longitude()).isCloseTo(90.4125, within(1e-6));
        });
        assertThat(processed.publicType()).isEqualTo(FileType.JPEG);
        assertThat(contains(processed.publicCopy(), "Exif\0\0")).isFalse();
        assertThat(contains(processed.thumbnail(), "Exif\0\0")).isFalse();
        assertThat(ExifBlock.in(processed.publicCopy(), FileType.JPEG)).isEmpty();
    }

    @Test
    void southern_and_western_coordinates_come_back_negative() {
        var photo = TestImages.withSegmentAfterSoi(jpeg(quarters(40, 20)), JPEG_APP1,
                anExifBlock().littleEndian().gps(-33.8568, -70.6693).app1Payload());

        var gps = images.process(photo).gps().orElseThrow();

        assertThat(gps.latitude()).isCloseTo(-33.8568, within(1e-6));
        assertThat(gps.longitude()).isCloseTo(-70.6693, within(1e-6));
    }

    @Test
    void a_photo_without_exif_has_no_location() {
        assertThat(images.process(jpeg(quarters(40, 20))).gps()).isEmpty();
    }

    @Test
    void an_xmp_packet_in_the_original_does_not_reach_the_public_copy() {
        var xmp = ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<exif:GPSLatitude>23,48.618N</exif:GPSLatitude></x:xmpmeta>").getBytes(StandardCharsets.UTF_8);
        var photo = TestImages.withSegmentAfterSoi(jpeg(quarters(40, 20)), JPEG_APP1, xmp);

        var processed = images.process(photo);

        assertThat(contains(processed.publicCopy(), "xmpmeta")).isFalse();
        assertThat(contains(processed.publicCopy(), "GPSLatitude")).isFalse();
    }

    @Test
    void a_portrait_photo_stored_sideways_with_orientation_6_comes_out_upright() {
        var photo = TestImages.withSegmentAfterSoi(jpeg(quarters(200, 100)), JPEG_APP1,
                anExifBlock().littleEndian().orientation(6).app1Payload());

        var processed = images.process(photo);

        assertThat(processed.width()).isEqualTo(100);
        assertThat(processed.height()).isEqualTo(200);
        var upright = decoded(processed.publicCopy());
        assertThat(upright.getWidth()).isEqualTo(100);
        assertThat(upright.getHeight()).isEqualTo(200);
        // turned a quarter clockwise: the stored top-left corner is now top-right
        assertThat(colourAt(upright, 75, 50)).isEqualTo("red");
        assertThat(colourAt(upright, 75, 150)).isEqualTo("green");
        assertThat(colourAt(upright, 25, 50)).isEqualTo("blue");
        assertThat(colourAt(upright, 25, 150)).isEqualTo("yellow");
        var thumbnail = decoded(processed.thumbnail());
        assertThat(colourAt(thumbnail, thumbnail.getWidth() - 5, 5)).isEqualTo("red");
    }

    @Test
    void orientation_8_turns_the_photo_the_other_way() {
        var photo = TestImages.withSegmentAfterSoi(jpeg(quarters(200, 100)), JPEG_APP1,
                anExifBlock().orientation(8).gps(23.7, 90.4).app1Payload());

        var processed = images.process(photo);

        var upright = decoded(processed.publicCopy());
        assertThat(upright.getWidth()).isEqualTo(100);
        assertThat(colourAt(upright, 25, 150)).isEqualTo("red");
        assertThat(processed.gps()).isPresent();
    }

    @Test
    void a_large_photo_is_scaled_to_2048_on_its_longer_side_and_its_thumbnail_to_320() {
        var processed = images.process(jpeg(quarters(3000, 1500)));

        assertThat(processed.width()).isEqualTo(2048);
        assertThat(processed.height()).isEqualTo(1024);
        var publicCopy = decoded(processed.publicCopy());
        assertThat(publicCopy.getWidth()).isEqualTo(2048);
        assertThat(publicCopy.getHeight()).isEqualTo(1024);
        assertThat(colourAt(publicCopy, 2000, 1000)).isEqualTo("yellow");
        var thumbnail = decoded(processed.thumbnail());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(160);
    }

    @Test
    void a_tall_photo_is_limited_by_its_height() {
        var processed = images.process(jpeg(quarters(1000, 2500)));

        assertThat(processed.height()).isEqualTo(2048);
        assertThat(processed.width()).isEqualTo(819);
        assertThat(decoded(processed.thumbnail()).getHeight()).isEqualTo(320);
    }

    @Test
    void a_small_photo_is_never_enlarged() {
        var processed = images.process(jpeg(quarters(200, 100)));

        assertThat(processed.width()).isEqualTo(200);
        assertThat(processed.height()).isEqualTo(100);
        assertThat(decoded(processed.thumbnail()).getWidth()).isEqualTo(200);
    }

    @Test
    void a_png_with_transparency_stays_png_and_its_thumbnail_is_a_jpeg_on_white() {
        var processed = images.process(png(TestImages.redSquareOnNothing(400, 200)));

        assertThat(processed.publicType()).isEqualTo(FileType.PNG);
        assertThat(FileType.recognise(processed.publicCopy())).contains(FileType.PNG);
        var publicCopy = decoded(processed.publicCopy());
        assertThat(colourAt(publicCopy, 5, 5)).isEqualTo("transparent");
        assertThat(colourAt(publicCopy, 200, 100)).isEqualTo("red");
        assertThat(FileType.recognise(processed.thumbnail())).contains(FileType.JPEG);
        var thumbnail = decoded(processed.thumbnail());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(colourAt(thumbnail, 5, 5)).isEqualTo("white");
        assertThat(colourAt(thumbnail, 160, 80)).isEqualTo("red");
    }

    @Test
    void an_opaque_png_becomes_a_jpeg() {
        var processed = images.process(png(quarters(300, 200)));

        assertThat(processed.publicType()).isEqualTo(FileType.JPEG);
        assertThat(FileType.recognise(processed.publicCopy())).contains(FileType.JPEG);
    }

    @Test
    void a_png_carrying_gps_in_an_exif_chunk_gives_its_coordinates() {
        var photo = TestImages.withChunkAfterHeader(png(quarters(40, 20)),
                TestImages.pngChunk("eXIf", anExifBlock().gps(23.75, 90.39).tiff()));

        var processed = images.process(photo);

        assertThat(processed.gps()).contains(new GeoPoint(23.75, 90.39));
        assertThat(contains(processed.publicCopy(), "eXIf")).isFalse();
    }

    @Test
    void a_lossy_webp_is_decoded() {
        var processed = images.process(TestImages.LOSSY_WEBP);

        assertThat(processed.publicType()).isEqualTo(FileType.JPEG);
        assertThat(processed.width()).isEqualTo(64);
        assertThat(processed.height()).isEqualTo(32);
        var publicCopy = decoded(processed.publicCopy());
        assertThat(colourAt(publicCopy, 8, 16)).isEqualTo("red");
        assertThat(colourAt(publicCopy, 56, 16)).isEqualTo("blue");
    }

    @Test
    void a_lossless_webp_is_decoded() {
        var publicCopy = decoded(images.process(TestImages.LOSSLESS_WEBP).publicCopy());

        assertThat(colourAt(publicCopy, 8, 16)).isEqualTo("red");
        assertThat(colourAt(publicCopy, 56, 16)).isEqualTo("blue");
    }

    @Test
    void a_webp_with_transparency_becomes_a_png() {
        var processed = images.process(TestImages.HALF_TRANSPARENT_WEBP);

        assertThat(processed.publicType()).isEqualTo(FileType.PNG);
        var publicCopy = decoded(processed.publicCopy());
        assertThat(colourAt(publicCopy, 8, 16)).isEqualTo("red");
        assertThat(colourAt(publicCopy, 56, 16)).isEqualTo("transparent");
        assertThat(colourAt(decoded(processed.thumbnail()), 56, 16)).isEqualTo("white");
    }

    @Test
    void a_webp_carrying_exif_gives_its_coordinates_and_orientation() {
        var photo = TestImages.webpWithExif(TestImages.LOSSY_WEBP, 64, 32,
                anExifBlock().orientation(6).gps(23.8103, 90.4125).tiff());

        var processed = images.process(photo);

        assertThat(processed.gps()).hasValueSatisfying(point -> assertThat(point.latitude()).isCloseTo(23.8103, within(1e-6)));
        assertThat(processed.width()).isEqualTo(32);
        assertThat(processed.height()).isEqualTo(64);
        var upright = decoded(processed.publicCopy());
        assertThat(colourAt(upright, 16, 8)).isEqualTo("red");
        assertThat(colourAt(upright, 16, 56)).isEqualTo("blue");
    }

    @Test
    void a_damaged_exif_block_costs_the_location_but_not_the_photo() {
        var garbage = new byte[] {'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0, (byte) 0xFF, (byte) 0xFF, 0x7F, 0x7F, 1, 2, 3};
        var photo = TestImages.withSegmentAfterSoi(jpeg(quarters(40, 20)), JPEG_APP1, garbage);

        var processed = images.process(photo);

        assertThat(processed.gps()).isEmpty();
        assertThat(processed.width()).isEqualTo(40);
    }

    @Test
    void photos_processed_at_the_same_time_come_out_as_when_processed_one_by_one() throws Exception {
        var photos = new ArrayList<byte[]>();
        for (int i = 1; i <= 8; i++) {
            photos.add(TestImages.withSegmentAfterSoi(jpeg(quarters(300 + i * 40, 200)), JPEG_APP1,
                    anExifBlock().orientation(1 + i % 8).gps(23 + i / 10.0, 90).app1Payload()));
        }
        var expected = photos.stream().map(images::process).toList();

        var tasks = new ArrayList<Callable<ProcessedImage>>();
        for (int round = 0; round < 3; round++) {
            photos.forEach(photo -> tasks.add(() -> images.process(photo)));
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            var results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                ProcessedImage actual = results.get(i).get();
                ProcessedImage wanted = expected.get(i % photos.size());
                assertThat(actual.publicCopy()).isEqualTo(wanted.publicCopy());
                assertThat(actual.thumbnail()).isEqualTo(wanted.thumbnail());
                assertThat(actual.gps()).isEqualTo(wanted.gps());
            }
        }
    }
}
