package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.calendar.CityCalendar;
import bd.gov.cleancare.calendar.Holiday;
import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.platform.time.ClockConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** When a complaint filed at a moment must be answered and resolved: its rule, in working hours. */
@Component
public class DueTimes {

    private final DeadlineRuleRepository rules;
    private final CityCalendar calendar;
    private final DeadlineSettings settings;
    private final WorkingHours hours;

    public DueTimes(DeadlineRuleRepository rules, CityCalendar calendar, DeadlineSettings settings) {
        this.rules = rules;
        this.calendar = calendar;
        this.settings = settings;
        this.hours = new WorkingHours(settings);
    }

    public record Due(Instant response, Instant resolution) {
    }

    public Due of(Category category, Priority priority, String cityCorporation, Instant filedAt) {
        var rule = rules.applicable(category, priority);
        int response = rule.map(r -> r.responseHours()).orElse(settings.defaultResponseHours());
        int resolution = rule.map(r -> r.resolutionHours()).orElse(settings.defaultResolutionHours());
        var first = LocalDate.ofInstant(filedAt, ClockConfig.DHAKA);
        // One calendar query covers the longest deadline; the corporation's own holidays count, other wards' do not.
        var closed = calendar.holidays(first, first.plusDays(hours.calendarDaysFor(resolution))).stream()
                .filter(holiday -> holiday.appliesTo(cityCorporation)).map(Holiday::date).collect(Collectors.toSet());
        return new Due(hours.add(filedAt, response, closed::contains), hours.add(filedAt, resolution, closed::contains));
    }
}
