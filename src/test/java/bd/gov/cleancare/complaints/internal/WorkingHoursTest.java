package bd.gov.cleancare.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    static final WorkingHours HOURS = new WorkingHours(new DeadlineSettings(LocalTime.of(9, 0), LocalTime.of(17, 0),
            Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), 8, 40, Duration.ofHours(24), Duration.ofHours(24), 500));

    @Test
    void a_complaint_filed_on_a_friday_night_starts_counting_on_sunday_morning() {
        assertThat(HOURS.add(dhaka("2026-12-18T22:30"), 3, day -> false)).isEqualTo(dhaka("2026-12-20T12:00"));
    }

    @Test
    void one_filed_before_opening_counts_from_nine_and_one_after_closing_from_the_next_working_day() {
        assertThat(HOURS.add(dhaka("2026-12-14T06:00"), 8, day -> false)).isEqualTo(dhaka("2026-12-14T17:00"));
        assertThat(HOURS.add(dhaka("2026-12-14T17:30"), 1, day -> false)).isEqualTo(dhaka("2026-12-15T10:00"));
    }

    @Test
    void holidays_are_skipped_like_weekends() {
        var eid = Set.of(LocalDate.parse("2026-12-20"), LocalDate.parse("2026-12-21"));
        // Thu 16:00 → 1 h on Thursday, Fri–Sat weekend, Sun–Mon holidays, Tue 9:00 + 1 h
        assertThat(HOURS.add(dhaka("2026-12-17T16:00"), 2, eid::contains)).isEqualTo(dhaka("2026-12-22T10:00"));
    }

    @Test
    void the_holiday_window_fetched_for_a_rule_covers_its_working_hours() {
        int days = HOURS.calendarDaysFor(2000);
        assertThat(days).isGreaterThan(2000 / 8 * 7 / 5);
    }

    static Instant dhaka(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Dhaka")).toInstant();
    }
}
