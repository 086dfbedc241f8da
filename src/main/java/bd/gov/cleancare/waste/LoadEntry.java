package bd.gov.cleancare.waste;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of a station's load log, with the station's load once it was taken in. */
public record LoadEntry(UUID id, UUID stationId, String direction, String directionCode, String vehicleNumber, BigDecimal tonnes,
        BigDecimal loadAfterTonnes, Instant loggedAt, UUID loggedBy, String loggedByName, String note, Instant createdAt) {
}
