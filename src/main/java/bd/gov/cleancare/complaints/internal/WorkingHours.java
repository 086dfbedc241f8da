package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.platform.time.ClockConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/** Adds working hours to an instant: Dhaka office hours on working days, skipping weekends and holidays. */
public final class WorkingHours {

    /** Beyond this many calendar days the rules are wrong (e.g. every day a holiday): stop rather than loop. */
    private static final int MAX_DAYS = 3660;

    private final DeadlineSettings settings;

    public WorkingHours(DeadlineSettings settings) {
        this.settings = settings;
    }

    /** {@code start} plus {@code hours} working hours; {@code holiday} says which Dhaka dates are closed. */
    public Instant add(Instant start, int hours, Predicate<LocalDate> holiday) {
        long remaining = hours * 60L;
        var at = ZonedDateTime.ofInstant(start, ClockConfig.DHAKA);
        var day = at.toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day, holiday)) {
                continue;
            }
            var open = day.atTime(settings.workStart()).atZone(ClockConfig.DHAKA);
            var close = day.atTime(settings.workEnd()).atZone(ClockConfig.DHAKA);
            var from = at.isAfter(open) ? at : open;
            if (!from.isBefore(close)) {
                continue;
            }
            long available = java.time.Duration.between(from, close).toMinutes();
            if (remaining <= available) {
                return from.plusMinutes(remaining).toInstant();
            }
            remaining -= available;
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + start);
    }

    public boolean isWorkingDay(LocalDate day, Predicate<LocalDate> holiday) {
        return !settings.weekend().contains(day.getDayOfWeek()) && !holiday.test(day);
    }

    /** How many calendar days {@code hours} working hours can span at most, so holidays can be fetched once. */
    public int calendarDaysFor(int hours) {
        int perDay = Math.max(1, (int) java.time.Duration.between(settings.workStart(), settings.workEnd()).toHours());
        int workingDays = hours / perDay + 2;
        int week = 7 - settings.weekend().size();
        // weekends, plus room for a long holiday season (Eid can close offices for a week or more)
        return workingDays * 7 / Math.max(1, week) + 30;
    }
}
