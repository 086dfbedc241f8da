package bd.gov.cleancare.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One complaint with its photos and the people involved; {@code hideName} whether the public sees
 * "a citizen of ward 12" instead of the citizen's name; {@code reopenableUntil} until when a resolved
 * complaint may be said "not fixed" (null when it may not); {@code source} how it was filed (app, web,
 * hotline, open311) and, for staff, {@code filedBy} who filed it for the citizen; {@code duplicateOf} the
 * original it was merged into, with that one's tracking number; {@code isPublic} false when moderation hid it or it is
 * {@code held} for review; {@code publicTitle}/{@code publicDescription} what the public reads instead of the citizen's
 * words (staff only; null when unchanged); {@code answers} to the category's questions.
 */
public record ComplaintDetail(
        UUID id, String trackingNumber, String title, String description,
        String category, String categoryCode, String priority, String priorityCode, String status, String statusCode,
        String location, BigDecimal latitude, BigDecimal longitude, String wardNumber, String cityCorporation,
        UUID userId, Person user, UUID assignedTo, Person assignee,
        Integer rating, String ratingComment, Instant ratedAt, long updateCount,
        Instant createdAt, Instant updatedAt, Instant resolvedAt,
        Instant responseDueAt, Instant resolutionDueAt, Deadline deadline, int supportCount, boolean supportedByMe,
        List<Image> images, boolean hideName, Instant reopenableUntil, String source, UUID filedBy, UUID duplicateOf,
        String duplicateOfTrackingNumber, boolean isPublic, boolean held,
        String publicTitle, String publicDescription, List<CategoryQuestions.Answer> answers) implements ComplaintView {

    /** A person on a complaint; the phone only for those who may call them. */
    public record Person(UUID id, String name, String userType, String phone) {
    }

    public record Image(UUID id, String imageUrl, String thumbnailUrl, String imageName, Integer fileSize,
            Integer width, Integer height, Instant uploadedAt) {
    }
}
