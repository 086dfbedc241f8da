package bd.gov.cleancare.complaints;

import java.time.Instant;

/**
 * What the follow-up page shows to whoever holds the link: which complaint (number, category, ward),
 * when it was resolved, and the answer if one was given. Nobody's name, phone or words.
 */
public record FollowUpQuestion(String trackingNumber, String category, String categoryCode, String statusCode,
        String wardNumber, String cityCorporation, Instant resolvedAt, String answer, Instant answeredAt, boolean reopened) {
}
