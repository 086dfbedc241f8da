package bd.gov.cleancare.waste;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A secondary transfer station. Everyone signed in sees where it is, its hours, capacity and load;
 * the clearance figures and timestamps (null for others) are for staff.
 */
public record TransferStationView(UUID id, String name, String nameEn, String cityCorporation, String wardNumber, int zoneNumber,
        String location, BigDecimal latitude, BigDecimal longitude, BigDecimal capacityTonnes, BigDecimal currentLoadTonnes,
        BigDecimal utilisationPercent, String status, String statusCode, LocalTime opensAt, LocalTime closesAt,
        Integer clearanceIntervalHours, Instant lastClearedAt, Instant clearanceDueAt, Boolean clearanceOverdue,
        Instant createdAt, Instant updatedAt) {

    TransferStationView forPublic() {
        return new TransferStationView(id, name, nameEn, cityCorporation, wardNumber, zoneNumber, location, latitude, longitude,
                capacityTonnes, currentLoadTonnes, utilisationPercent, status, statusCode, opensAt, closesAt, null, null, null, null,
                null, null);
    }
}
