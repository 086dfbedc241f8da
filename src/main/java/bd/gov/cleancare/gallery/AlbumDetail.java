package bd.gov.cleancare.gallery;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** An album with the photos its viewer may see, in their hand-made order. */
public record AlbumDetail(@JsonUnwrapped AlbumView album, List<PhotoView> photos) {
}
