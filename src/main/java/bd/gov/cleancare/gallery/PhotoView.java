package bd.gov.cleancare.gallery;

import java.time.Instant;
import java.util.UUID;

/** A gallery photo; before/after photos name the resolved complaint they show, never the citizen who filed it. */
public record PhotoView(UUID id, UUID albumId, String imageUrl, String thumbnailUrl, String caption, String captionEn, int position,
        boolean isPublished, String kind, UUID complaintId, Integer width, Integer height, Instant takenAt, Instant createdAt,
        Instant updatedAt) {
}
