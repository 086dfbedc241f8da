package bd.gov.cleancare.calendar;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An entry as an admin writes it. Times are an ISO date or date-time (without an offset: Dhaka time);
 * for all-day entries {@code endsAt} is the last day, inclusive, and may be left out for a single day.
 * No city corporation and no wards: the whole city; a corporation alone: all its wards.
 */
public record CalendarEventForm(@Size(max = 255) String title, @Size(max = 255) String titleEn, @Size(max = 5000) String description,
        @Size(max = 50) String category, @Size(max = 40) String startsAt, @Size(max = 40) String endsAt, Boolean allDay,
        @Size(max = 255) String location, @Size(max = 10) String cityCorporation, @Size(max = 100) List<@Size(max = 10) String> targetWards,
        Boolean isPublished) {
}
