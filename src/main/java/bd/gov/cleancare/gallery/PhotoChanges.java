package bd.gov.cleancare.gallery;

/** A photo edit: only the fields sent change; an empty text clears it. Kind and complaint stay as uploaded. */
public record PhotoChanges(String caption, String captionEn, Boolean isPublished, String takenAt) {
}
