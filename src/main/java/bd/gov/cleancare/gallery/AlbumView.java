package bd.gov.cleancare.gallery;

import java.time.Instant;
import java.util.UUID;

/**
 * An album as its viewer may see it: the cover and the count cover only the photos that viewer may see
 * (the published ones, or all of them for the album's ward office). A null ward_number means the whole city corporation.
 */
public record AlbumView(UUID id, String title, String titleEn, String description, String cityCorporation, String wardNumber,
        int position, boolean isPublished, Instant publishedAt, UUID coverPhotoId, String coverImageUrl, String coverThumbnailUrl,
        long photoCount, Instant createdAt, Instant updatedAt) {
}
