package bd.gov.cleancare.waste;

import bd.gov.cleancare.complaints.ComplaintDetail;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A missed round, reported: which window was missed and the waste_management complaint it became. */
public record MissedCollection(UUID scheduleId, LocalDate collectionDate, OffsetDateTime windowStart, OffsetDateTime windowEnd,
        String trackingNumber, ComplaintDetail complaint) {
}
