package bd.gov.cleancare.gallery;

/** An uploaded photo with its form fields as the client sent them (multipart text, checked by the gallery). */
public record NewPhoto(byte[] content, String caption, String captionEn, String kind, String complaintId, String takenAt,
        String isPublished) {
}
