package bd.gov.cleancare.waste;

import java.math.BigDecimal;
import java.util.UUID;

/** An arrival took a station from below to at least 90 % of its capacity (once per crossing): tell the ward's waste staff. */
public record TransferStationNearlyFull(UUID stationId, UUID entryId, String name, String nameEn, String cityCorporation,
        String wardNumber, BigDecimal loadTonnes, BigDecimal capacityTonnes, BigDecimal utilisationPercent) {
}
