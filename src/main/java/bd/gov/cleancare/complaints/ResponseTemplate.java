package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.UUID;

/**
 * A response template: the public update staff choose when they move a complaint to {@code status},
 * for one category (or any when it is null), in Bengali and English.
 */
public record ResponseTemplate(UUID id, String category, String categoryCode, String status, String statusCode, String title,
        String textBn, String textEn, boolean isActive, Instant createdAt, Instant updatedAt) {

    /** The text for a reader of this language (Bengali unless English). */
    public String text(String language) {
        return "en".equals(language) ? textEn : textBn;
    }
}
