package bd.gov.cleancare.calendar.internal;

import bd.gov.cleancare.platform.errors.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The stretch of time a list or feed covers, [from, until). A date as {@code to} includes that whole
 * Dhaka day; a date-time ends the window at that moment.
 */
public record Window(Instant from, Instant until) {

    public static final Duration LONGEST = Duration.ofDays(366);
    static final int DEFAULT_DAYS = 90;

    /** ?from=&to=, both optional: from today (Dhaka) for {@value #DEFAULT_DAYS} days by default. */
    public static Window parse(String from, String to, LocalDate today) {
        var start = from == null || from.isBlank() ? DhakaTime.midnight(today) : DhakaTime.parse("from", from).instant();
        Instant until;
        if (to == null || to.isBlank()) {
            until = start.plus(Duration.ofDays(DEFAULT_DAYS));
        } else {
            var end = DhakaTime.parse("to", to);
            until = end.dateOnly() ? DhakaTime.midnight(end.date().plusDays(1)) : end.instant();
        }
        if (until.isBefore(start)) {
            throw RuleViolated.onField("to", "validation.range");
        }
        if (Duration.between(start, until).compareTo(LONGEST) > 0) {
            throw RuleViolated.onField("to", "calendar.range.too-long", LONGEST.toDays());
        }
        return new Window(start, until);
    }

    /** What a subscribed phone holds: the recent past (so a week's view is whole) and the year ahead. */
    public static Window feed(LocalDate today) {
        return new Window(DhakaTime.midnight(today.minusDays(90)), DhakaTime.midnight(today.plusDays(366)));
    }
}
