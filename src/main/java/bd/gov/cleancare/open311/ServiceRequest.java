package bd.gov.cleancare.open311;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A complaint as GeoReport v2 publishes it: what and where, its status and who handles it. Who
 * reported it only as {@code reportedBy} (an extension): their name if they chose to show it, else
 * "a citizen of ward 12". Fields the city does not keep (status notes, notices, expected time,
 * address id, zip code) are null.
 */
public record ServiceRequest(String serviceRequestId, String status, String statusNotes, String serviceName,
        String serviceCode, String description, String agencyResponsible, String serviceNotice,
        OffsetDateTime requestedDatetime, OffsetDateTime updatedDatetime, OffsetDateTime expectedDatetime, String address,
        String addressId, String zipcode, BigDecimal lat, BigDecimal lon, String mediaUrl,
        String reportedBy) {
}
