package bd.gov.cleancare.platform.web;

import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.time.ClockConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ?from=&to= as Dhaka dates (inclusive), either or both optional. */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange parse(String from, String to) {
        var range = new DateRange(day("from", from), day("to", to));
        if (range.from() != null && range.to() != null && range.to().isBefore(range.from())) {
            throw RuleViolated.onField("to", "validation.range");
        }
        return range;
    }

    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ClockConfig.DHAKA).toInstant();
    }

    /** The last instant of the {@code to} day. */
    public Instant toInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ClockConfig.DHAKA).toInstant().minusNanos(1000);
    }

    private static LocalDate day(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            var text = Digits.toAscii(raw.strip());
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw RuleViolated.onField(field, "validation.date");
        }
    }
}
