package bd.gov.cleancare.gallery;

import java.util.UUID;

/** An album edit: only the fields sent change; an empty text clears an optional one. */
public record AlbumChanges(String title, String titleEn, String description, Boolean isPublished, UUID coverPhotoId) {
}
