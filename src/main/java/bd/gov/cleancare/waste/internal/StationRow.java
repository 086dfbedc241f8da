package bd.gov.cleancare.waste.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/** A transfer_stations row as stored; {@code maintenance} is the staff-set status. */
public record StationRow(UUID id, String name, String nameEn, String cityCorporation, String wardNumber, int zoneNumber, String location,
        BigDecimal latitude, BigDecimal longitude, BigDecimal capacityTonnes, BigDecimal currentLoadTonnes, boolean maintenance,
        LocalTime opensAt, LocalTime closesAt, int clearanceIntervalHours, Instant lastDepartureAt, Instant loadedSince,
        Instant createdAt, Instant updatedAt) {

    public BigDecimal utilisationPercent() {
        return percent(currentLoadTonnes, capacityTonnes);
    }

    public static BigDecimal percent(BigDecimal load, BigDecimal capacity) {
        return capacity.signum() == 0 ? null
                : load.multiply(BigDecimal.valueOf(100)).divide(capacity, 1, RoundingMode.HALF_UP);
    }

    /** Waste may not wait longer than the interval: counted from the last departure, or from when an empty station got its first load. */
    public Instant clearanceDueAt() {
        if (currentLoadTonnes.signum() == 0 || loadedSince == null) {
            return null;
        }
        var from = lastDepartureAt != null && lastDepartureAt.isAfter(loadedSince) ? lastDepartureAt : loadedSince;
        return from.plus(Duration.ofHours(clearanceIntervalHours));
    }

    public boolean clearanceOverdue(Instant now) {
        var due = clearanceDueAt();
        return due != null && due.isBefore(now);
    }
}
