package bd.gov.cleancare.platform.images;

import bd.gov.cleancare.platform.storage.FileType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the EXIF block (the TIFF structure that holds the tags) inside a JPEG, PNG or WebP file. Every length read
 * from the file is checked against the bytes actually there, since the file comes from anyone.
 */
final class ExifBlock {

    private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};
    private static final int JPEG_APP1 = 0xE1;
    private static final int JPEG_START_OF_SCAN = 0xDA;
    private static final int JPEG_END_OF_IMAGE = 0xD9;

    private ExifBlock() {
    }

    static Optional<byte[]> in(byte[] file, FileType type) {
        return switch (type) {
            case JPEG -> inJpeg(file);
            case PNG -> inPng(file);
            case WEBP -> inWebp(file);
            case PDF, XLSX -> Optional.empty();
        };
    }

    /** In the first APP1 segment that starts with "Exif\0\0"; metadata segments all come before the first scan. */
    private static Optional<byte[]> inJpeg(byte[] file) {
        int at = 2;
        while (at + 4 <= file.length) {
            if ((file[at] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = file[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte before a marker
                continue;
            }
            if (marker == JPEG_START_OF_SCAN || marker == JPEG_END_OF_IMAGE) {
                return Optional.empty();
            }
            int length = ((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > file.length) {
                return Optional.empty();
            }
            int payload = at + 4;
            int end = at + 2 + length;
            if (marker == JPEG_APP1 && end - payload >= EXIF_HEADER.length
                    && Arrays.equals(file, payload, payload + EXIF_HEADER.length, EXIF_HEADER, 0, EXIF_HEADER.length)) {
                return Optional.of(Arrays.copyOfRange(file, payload + EXIF_HEADER.length, end));
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    /** In the eXIf chunk (PNG 1.5 extension): length, type, data, CRC. */
    private static Optional<byte[]> inPng(byte[] file) {
        var chunks = ByteBuffer.wrap(file).order(ByteOrder.BIG_ENDIAN);
        int at = 8;
        while (at + 12 <= file.length) {
            long length = Integer.toUnsignedLong(chunks.getInt(at));
            var chunkType = new String(file, at + 4, 4, StandardCharsets.US_ASCII);
            if (at + 12 + length > file.length || chunkType.equals("IEND")) {
                return Optional.empty();
            }
            if (chunkType.equals("eXIf")) {
                return Optional.of(withoutExifHeader(Arrays.copyOfRange(file, at + 8, at + 8 + (int) length)));
            }
            at += 12 + (int) length;
        }
        return Optional.empty();
    }

    /** In the EXIF chunk of an extended (VP8X) WebP: RIFF chunks of fourCC, little-endian size, data, even padding. */
    private static Optional<byte[]> inWebp(byte[] file) {
        var chunks = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int at = 12;
        while (at + 8 <= file.length) {
            var fourCc = new String(file, at, 4, StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(chunks.getInt(at + 4));
            if (at + 8 + size > file.length) {
                return Optional.empty();
            }
            if (fourCc.equals("EXIF")) {
                return Optional.of(withoutExifHeader(Arrays.copyOfRange(file, at + 8, at + 8 + (int) size)));
            }
            at += 8 + (int) size + (int) (size & 1);
        }
        return Optional.empty();
    }

    /** Some writers copy the JPEG framing into PNG and WebP files too. */
    private static byte[] withoutExifHeader(byte[] block) {
        return startsWith(block, EXIF_HEADER) ? Arrays.copyOfRange(block, EXIF_HEADER.length, block.length) : block;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
