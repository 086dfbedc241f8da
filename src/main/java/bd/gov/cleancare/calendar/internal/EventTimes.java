package bd.gov.cleancare.calendar.internal;

import bd.gov.cleancare.platform.errors.RuleViolated;
import java.time.Duration;
import java.time.Instant;

/**
 * When an entry happens, as stored. All-day entries run from the first day's Dhaka midnight to the
 * midnight after the last day (exclusive), which is also how iCalendar's DTEND counts them.
 */
public record EventTimes(Instant startsAt, Instant endsAt, boolean allDay) {

    /** Longer entries are data-entry slips (a wrong year), not city events. */
    static final Duration LONGEST = Duration.ofDays(366);

    public static EventTimes parse(boolean allDay, String startsAt, String endsAt) {
        var start = DhakaTime.parse("starts_at", startsAt);
        var end = endsAt == null || endsAt.isBlank() ? start : DhakaTime.parse("ends_at", endsAt);
        var times = allDay
                ? new EventTimes(DhakaTime.midnight(start.date()), DhakaTime.midnight(end.date().plusDays(1)), true)
                : new EventTimes(start.instant(), end.instant(), false);
        if (times.endsAt().isBefore(times.startsAt()) || (allDay && end.date().isBefore(start.date()))) {
            throw RuleViolated.onField("ends_at", "validation.range");
        }
        if (Duration.between(times.startsAt(), times.endsAt()).compareTo(LONGEST) > 0) {
            throw RuleViolated.onField("ends_at", "calendar.event.too-long", LONGEST.toDays());
        }
        return times;
    }
}
