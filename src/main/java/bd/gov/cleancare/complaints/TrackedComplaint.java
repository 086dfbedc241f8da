package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.List;

/**
 * What anyone with the tracking number may see: where it stands; who filed it only as
 * {@code reportedBy}: their name if they chose to show it, else "a citizen of ward 12";
 * {@code duplicateOf}: the tracking number of the public complaint it was merged into, if any.
 */
public record TrackedComplaint(String trackingNumber, String category, String categoryCode, String status, String statusCode,
        String wardNumber, String cityCorporation, Instant createdAt, Instant resolvedAt, List<Step> timeline, String reportedBy,
        String duplicateOf)
        implements ComplaintView {

    public record Step(String status, String statusCode, Instant at) {
    }
}
