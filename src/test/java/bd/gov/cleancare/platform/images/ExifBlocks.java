package bd.gov.cleancare.platform.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the TIFF structure of an EXIF block by hand, the way a phone camera writes it: IFD0 with Orientation and
 * a pointer to the GPS IFD, which holds latitude and longitude as degrees, minutes and seconds with N/S and E/W.
 */
final class ExifBlocks {

    private static final short ASCII = 2;
    private static final short SHORT = 3;
    private static final short LONG = 4;
    private static final short RATIONAL = 5;

    private ByteOrder order = ByteOrder.BIG_ENDIAN;
    private Integer orientation;
    private double[] gps;

    static ExifBlocks anExifBlock() {
        return new ExifBlocks();
    }

    ExifBlocks littleEndian() {
        order = ByteOrder.LITTLE_ENDIAN;
        return this;
    }

    ExifBlocks orientation(int tag) {
        orientation = tag;
        return this;
    }

    ExifBlocks gps(double latitude, double longitude) {
        gps = new double[] {latitude, longitude};
        return this;
    }

    /** The TIFF bytes as they follow "Exif\0\0" in a JPEG's APP1 segment. */
    byte[] tiff() {
        var ifd0 = new ArrayList<int[]>(); // tag, type, count, value
        if (orientation != null) {
            ifd0.add(new int[] {0x0112, SHORT, 1, orientation});
        }
        int ifd0Size = 2 + 12 * (ifd0.size() + (gps != null ? 1 : 0)) + 4;
        int gpsIfdOffset = 8 + ifd0Size;
        if (gps != null) {
            ifd0.add(new int[] {0x8825, LONG, 1, gpsIfdOffset});
        }
        var buffer = ByteBuffer.allocate(1024).order(order);
        buffer.put(order == ByteOrder.BIG_ENDIAN ? new byte[] {'M', 'M'} : new byte[] {'I', 'I'}).putShort((short) 42).putInt(8);
        writeIfd(buffer, ifd0);
        if (gps != null) {
            int rationals = gpsIfdOffset + 2 + 12 * 4 + 4;
            buffer.putShort((short) 4); // the GPS IFD follows IFD0 directly, its rationals follow it
            writeAsciiEntry(buffer, 1, gps[0] < 0 ? 'S' : 'N');
            buffer.putShort((short) 2).putShort(RATIONAL).putInt(3).putInt(rationals);
            writeAsciiEntry(buffer, 3, gps[1] < 0 ? 'W' : 'E');
            buffer.putShort((short) 4).putShort(RATIONAL).putInt(3).putInt(rationals + 24);
            buffer.putInt(0);
            writeDegrees(buffer, Math.abs(gps[0]));
            writeDegrees(buffer, Math.abs(gps[1]));
        }
        var tiff = new byte[buffer.position()];
        buffer.flip().get(tiff);
        return tiff;
    }

    /** The payload of a JPEG APP1 segment: "Exif\0\0" and the TIFF bytes. */
    byte[] app1Payload() {
        var tiff = tiff();
        return ByteBuffer.allocate(6 + tiff.length).put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(tiff).array();
    }

    private static void writeIfd(ByteBuffer buffer, List<int[]> entries) {
        buffer.putShort((short) entries.size());
        for (var entry : entries) {
            buffer.putShort((short) entry[0]).putShort((short) entry[1]).putInt(entry[2]);
            if (entry[1] == SHORT) {
                buffer.putShort((short) entry[3]).putShort((short) 0);
            } else {
                buffer.putInt(entry[3]);
            }
        }
        buffer.putInt(0);
    }

    private static void writeAsciiEntry(ByteBuffer buffer, int tag, char value) {
        buffer.putShort((short) tag).putShort(ASCII).putInt(2).put((byte) value).put((byte) 0).putShort((short) 0);
    }

    /** Whole degrees, whole minutes, and seconds to a ten-thousandth, as cameras write them. */
    private static void writeDegrees(ByteBuffer buffer, double value) {
        int degrees = (int) value;
        int minutes = (int) ((value - degrees) * 60);
        long seconds = Math.round(((value - degrees) * 60 - minutes) * 60 * 10_000);
        buffer.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt((int) seconds).putInt(10_000);
    }
}
