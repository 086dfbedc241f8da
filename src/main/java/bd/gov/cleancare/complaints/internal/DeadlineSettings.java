package bd.gov.cleancare.complaints.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working hours and escalation for complaint deadlines. City offices work Sunday to Thursday,
 * 9:00 to 17:00 in Dhaka; holidays come from the city calendar. An overdue complaint goes to its
 * zone after {@code zoneAfter}, and to the super admins {@code cityAfter} later still.
 */
@ConfigurationProperties("cleancare.deadlines")
public record DeadlineSettings(
        @DefaultValue("09:00") LocalTime workStart,
        @DefaultValue("17:00") LocalTime workEnd,
        @DefaultValue({"FRIDAY", "SATURDAY"}) Set<DayOfWeek> weekend,
        @DefaultValue("8") int defaultResponseHours,
        @DefaultValue("40") int defaultResolutionHours,
        @DefaultValue("24h") Duration zoneAfter,
        @DefaultValue("24h") Duration cityAfter,
        @DefaultValue("500") int batchSize) {
}
