package bd.gov.cleancare.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An open public complaint near a point: "already reported — support this one instead?". No personal data. */
public record NearbyComplaint(UUID id, String trackingNumber, String title, String category, String categoryCode,
        String status, String statusCode, BigDecimal latitude, BigDecimal longitude, int distanceM, Instant createdAt,
        int supportCount) {
}
