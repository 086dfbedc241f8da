package bd.gov.cleancare.emergency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record EmergencyView(UUID id, UUID userId, String reporterName, String reporterPhone, String emergencyType,
        String emergencyTypeCode, String description, String location, BigDecimal latitude, BigDecimal longitude, String status,
        String statusCode, String priority, UUID assignedTo, String wardNumber, String cityCorporation, Instant createdAt,
        Instant respondedAt, Instant updatedAt) {
}
