package bd.gov.cleancare.calendar.internal;

import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.time.ClockConfig;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** A time as people send it: an ISO date, a date-time with an offset, or a date-time read in Dhaka. */
record DhakaTime(LocalDate date, Instant instant, boolean dateOnly) {

    static DhakaTime parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        // An unencoded "+06:00" in a query string arrives as " 06:00"; an ISO date-time has no space to lose.
        var text = Digits.toAscii(raw.strip()).replace(' ', '+');
        try {
            if (text.length() == 10) {
                var day = LocalDate.parse(text);
                return new DhakaTime(day, day.atStartOfDay(ClockConfig.DHAKA).toInstant(), true);
            }
            var instant = hasOffset(text) ? OffsetDateTime.parse(text).toInstant() : LocalDateTime.parse(text).atZone(ClockConfig.DHAKA).toInstant();
            return new DhakaTime(LocalDate.ofInstant(instant, ClockConfig.DHAKA), instant, false);
        } catch (DateTimeException e) {
            throw RuleViolated.onField(field, "validation.datetime");
        }
    }

    static Instant midnight(LocalDate day) {
        return day.atStartOfDay(ClockConfig.DHAKA).toInstant();
    }

    private static boolean hasOffset(String text) {
        int time = text.indexOf('T');
        return time > 0 && (text.endsWith("Z") || text.endsWith("z") || text.indexOf('+', time) > 0 || text.indexOf('-', time) > 0);
    }
}
