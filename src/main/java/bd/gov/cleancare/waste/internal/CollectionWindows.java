package bd.gov.cleancare.waste.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The windows of a weekly round around a moment, in the moment's zone (Dhaka). A window starts on one
 * of the days; when it ends at or before its start time it ends the next day (night rounds).
 */
public record CollectionWindows(Set<DayOfWeek> days, LocalTime startsAt, LocalTime endsAt) {

    /** How far back a missed round may still be reported. */
    public static final Duration REPORTABLE_FOR = Duration.ofDays(7);

    public record Window(ZonedDateTime start, ZonedDateTime end) {

        public LocalDate date() {
            return start.toLocalDate();
        }
    }

    /** The window under way, else the next one to start. */
    public Optional<Window> next(ZonedDateTime now) {
        return around(now).stream().filter(window -> window.end().isAfter(now)).findFirst();
    }

    public Optional<Window> underWay(ZonedDateTime now) {
        return around(now).stream().filter(window -> !window.start().isAfter(now) && window.end().isAfter(now)).findFirst();
    }

    /**
     * The latest window that has ended, within {@link #REPORTABLE_FOR} and after {@code since}: a
     * schedule's windows from before it existed do not count.
     */
    public Optional<Window> lastEnded(ZonedDateTime now, Instant since) {
        var earliest = now.minus(REPORTABLE_FOR).toInstant();
        var from = since.isAfter(earliest) ? since : earliest;
        return around(now).stream().filter(window -> !window.end().isAfter(now))
                .filter(window -> window.end().toInstant().isAfter(from)).reduce((first, second) -> second);
    }

    /** Windows starting from eight days before to seven days after, in order. */
    private List<Window> around(ZonedDateTime now) {
        var length = Duration.between(startsAt, endsAt);
        if (!length.isPositive()) {
            length = length.plusDays(1);
        }
        var windows = new ArrayList<Window>();
        for (var day = now.toLocalDate().minusDays(8); !day.isAfter(now.toLocalDate().plusDays(7)); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                var start = day.atTime(startsAt).atZone(now.getZone());
                windows.add(new Window(start, start.plus(length)));
            }
        }
        return windows;
    }
}
