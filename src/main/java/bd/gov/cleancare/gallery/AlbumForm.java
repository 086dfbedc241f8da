package bd.gov.cleancare.gallery;

/** A new album; without a ward it belongs to the whole city corporation. The ward cannot change later. */
public record AlbumForm(String title, String titleEn, String description, String cityCorporation, String wardNumber,
        Boolean isPublished) {
}
