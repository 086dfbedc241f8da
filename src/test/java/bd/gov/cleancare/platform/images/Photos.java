package bd.gov.cleancare.platform.images;

import static bd.gov.cleancare.platform.images.ExifBlocks.anExifBlock;

/** Phone-like photos for API tests of other modules. */
public final class Photos {

    private Photos() {
    }

    public static byte[] jpeg(int width, int height) {
        return TestImages.jpeg(TestImages.quarters(width, height));
    }

    public static byte[] png(int width, int height) {
        return TestImages.png(TestImages.quarters(width, height));
    }

    /** A JPEG whose EXIF says where it was taken, as phone cameras write it. */
    public static byte[] jpegTakenAt(double latitude, double longitude) {
        return TestImages.withSegmentAfterSoi(jpeg(64, 48), 0xE1, anExifBlock().gps(latitude, longitude).app1Payload());
    }

    public static boolean containsExif(byte[] bytes) {
        return TestImages.contains(bytes, "Exif\0\0");
    }
}
