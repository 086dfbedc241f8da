package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.List;

/** What anyone with the tracking number may see: where it stands, never who filed it. */
public record TrackedComplaint(String trackingNumber, String category, String categoryCode, String status, String statusCode,
        String wardNumber, String cityCorporation, Instant createdAt, Instant resolvedAt, List<Step> timeline) {

    public record Step(String status, String statusCode, Instant at) {
    }
}
