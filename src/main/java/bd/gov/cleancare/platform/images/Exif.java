package bd.gov.cleancare.platform.images;

import bd.gov.cleancare.platform.storage.FileType;
import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.tiff.Rational;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the camera wrote that matters here: which way is up, and where the photo was taken. */
record Exif(Orientation orientation, Optional<GeoPoint> gps) {

    static final Exif NONE = new Exif(Orientation.UPRIGHT, Optional.empty());

    private static final Logger log = LoggerFactory.getLogger(Exif.class);
    private static final int GPS_LATITUDE_REF = 1;
    private static final int GPS_LATITUDE = 2;
    private static final int GPS_LONGITUDE_REF = 3;
    private static final int GPS_LONGITUDE = 4;

    static Exif of(byte[] file, FileType type) {
        return ExifBlock.in(file, type).map(Exif::parse).orElse(NONE);
    }

    static Exif parse(byte[] tiff) {
        // A stream that knows its length: the reader then refuses value counts that point past the end of the
        // block instead of allocating what a hostile count asks for.
        try (var input = new ByteArrayImageInputStream(tiff)) {
            var tags = new TIFFReader().read(input);
            var firstImage = tags instanceof CompoundDirectory images && images.directoryCount() > 0
                    ? images.getDirectory(0) : tags;
            return new Exif(orientation(firstImage), gps(firstImage));
        } catch (IOException | RuntimeException e) {
            // A damaged EXIF block costs the photo its rotation and location, not its acceptance: the pixels decide that.
            log.debug("unreadable EXIF block ignored: {}", e.toString());
            return NONE;
        }
    }

    private static Orientation orientation(Directory image) {
        return value(image, TIFF.TAG_ORIENTATION) instanceof Number tag ? Orientation.fromTag(tag.intValue()) : Orientation.UPRIGHT;
    }

    private static Optional<GeoPoint> gps(Directory image) {
        if (!(value(image, TIFF.TAG_GPS_IFD) instanceof Directory gps)) {
            return Optional.empty();
        }
        double latitude = signed(degrees(value(gps, GPS_LATITUDE)), value(gps, GPS_LATITUDE_REF), "S");
        double longitude = signed(degrees(value(gps, GPS_LONGITUDE)), value(gps, GPS_LONGITUDE_REF), "W");
        boolean onEarth = Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180; // also false for NaN
        // Phones without a fix write 0/0 rather than leaving the tags out; no complaint comes from the Gulf of Guinea.
        boolean noFix = latitude == 0 && longitude == 0;
        return onEarth && !noFix ? Optional.of(new GeoPoint(latitude, longitude)) : Optional.empty();
    }

    /** Degrees, minutes and seconds as three rationals; some writers give fewer parts (decimal degrees or minutes). */
    private static double degrees(Object value) {
        if (value instanceof Rational single) {
            return single.doubleValue();
        }
        if (!(value instanceof Rational[] parts) || parts.length == 0 || parts.length > 3) {
            return Double.NaN;
        }
        double degrees = 0;
        double unit = 1;
        for (var part : parts) {
            degrees += part.doubleValue() / unit;
            unit *= 60;
        }
        return degrees;
    }

    private static double signed(double degrees, Object ref, String negativeRef) {
        return ref instanceof String direction && direction.trim().equalsIgnoreCase(negativeRef) ? -degrees : degrees;
    }

    private static Object value(Directory directory, int tag) {
        var entry = directory.getEntryById(tag);
        return entry == null ? null : entry.getValue();
    }
}
