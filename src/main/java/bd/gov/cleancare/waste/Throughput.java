package bd.gov.cleancare.waste;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Tonnes in and out of a station per Dhaka day (every day of the range, quiet days as zero). */
public record Throughput(UUID stationId, LocalDate from, LocalDate to, BigDecimal arrivedTonnes, BigDecimal departedTonnes,
        List<Day> days) {

    public record Day(LocalDate date, BigDecimal arrivedTonnes, BigDecimal departedTonnes, long arrivals, long departures) {
    }
}
