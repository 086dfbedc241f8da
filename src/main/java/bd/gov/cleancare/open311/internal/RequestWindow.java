package bd.gov.cleancare.open311.internal;

import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.time.ClockConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * GET requests' start_date and end_date: at most 90 days apart, the most recent 90 days when
 * neither is given (GeoReport v2). A date without a time means the whole day in Dhaka; a time
 * without an offset is Dhaka time.
 */
public record RequestWindow(Instant from, Instant to) {

    public static final Duration MAX_SPAN = Duration.ofDays(90);

    /** Beyond these a date is a typo, and the database's timestamps would not hold it. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** "+06:00" sent unencoded in a query string arrives as " 06:00". */
    private static final Pattern SPACED_OFFSET = Pattern.compile(" (\\d{2}:?\\d{2})$");

    public static RequestWindow of(String startDate, String endDate, Instant now) {
        var start = blank(startDate) ? null : instant("start_date", startDate, false);
        var end = blank(endDate) ? null : instant("end_date", endDate, true);
        if (start == null && end == null) {
            return new RequestWindow(now.minus(MAX_SPAN), now);
        }
        if (start == null) {
            return new RequestWindow(end.minus(MAX_SPAN), end);
        }
        if (end == null) {
            return new RequestWindow(start, start.plus(MAX_SPAN));
        }
        if (end.isBefore(start)) {
            throw RuleViolated.onField("end_date", "open311.date.order");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw RuleViolated.onField("end_date", "open311.date.span", MAX_SPAN.toDays());
        }
        return new RequestWindow(start, end);
    }

    private static Instant instant(String field, String raw, boolean endOfDay) {
        var text = SPACED_OFFSET.matcher(Digits.toAscii(raw.strip())).replaceFirst("+$1");
        Instant instant;
        try {
            instant = DATE.matcher(text).matches() ? day(LocalDate.parse(text), endOfDay) : dateTime(text);
        } catch (DateTimeParseException e) {
            throw RuleViolated.onField(field, "open311.date.invalid");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw RuleViolated.onField(field, "open311.date.invalid");
        }
        return instant;
    }

    private static Instant day(LocalDate day, boolean endOfDay) {
        return endOfDay
                ? day.plusDays(1).atStartOfDay(ClockConfig.DHAKA).toInstant().minusNanos(1)
                : day.atStartOfDay(ClockConfig.DHAKA).toInstant();
    }

    private static Instant dateTime(String text) {
        var parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime withOffset
                ? withOffset.toInstant()
                : ((LocalDateTime) parsed).atZone(ClockConfig.DHAKA).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
