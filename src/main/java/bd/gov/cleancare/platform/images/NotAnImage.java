package bd.gov.cleancare.platform.images;

/** Thrown when bytes are not a decodable JPEG/PNG/WebP image or are too large in pixels. */
public class NotAnImage extends RuntimeException {

    public NotAnImage(String reason) {
        super(reason);
    }

    public NotAnImage(String reason, Throwable cause) {
        super(reason, cause);
    }
}
