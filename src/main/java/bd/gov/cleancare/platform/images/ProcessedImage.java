package bd.gov.cleancare.platform.images;

import bd.gov.cleancare.platform.storage.FileType;
import java.util.Optional;

/** What a stored upload becomes: a public copy without any metadata, a small thumbnail, and the GPS the original carried. */
public record ProcessedImage(byte[] publicCopy, FileType publicType, byte[] thumbnail, int width, int height, Optional<GeoPoint> gps) {
}
