package bd.gov.cleancare.waste;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The dashboard's view of the transfer stations now: each station fullest first, and the totals. */
public record StsOverview(Instant asOf, List<Station> stations, int stationCount, BigDecimal capacityTonnes, BigDecimal loadTonnes,
        BigDecimal utilisationPercent, long nearlyFullCount, long clearanceOverdueCount, BigDecimal arrivedTodayTonnes,
        BigDecimal departedTodayTonnes) {

    /** {@code nearlyFull}: at or above {@link TransferStations#NEARLY_FULL_PERCENT} of capacity. */
    public record Station(UUID id, String name, String nameEn, String cityCorporation, String wardNumber, int zoneNumber, String status,
            String statusCode, BigDecimal capacityTonnes, BigDecimal currentLoadTonnes, BigDecimal utilisationPercent,
            boolean nearlyFull, Instant lastClearedAt, Instant clearanceDueAt, boolean clearanceOverdue,
            BigDecimal arrivedTodayTonnes, BigDecimal departedTodayTonnes) {
    }
}
