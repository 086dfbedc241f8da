package bd.gov.cleancare.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A calendar entry as the API shows it. {@code endsAt} is exclusive for all-day events (the next Dhaka
 * midnight); {@code startDate}/{@code endDate} are the Dhaka days it covers, both inclusive.
 * No city corporation: both corporations; no target wards: the whole corporation.
 */
public record CalendarEventView(UUID id, String title, String titleEn, String description, String category, String categoryCode,
        Instant startsAt, Instant endsAt, boolean allDay, LocalDate startDate, LocalDate endDate, String location,
        String cityCorporation, List<String> targetWards, boolean isPublished, boolean isCancelled, Instant createdAt,
        Instant updatedAt) {
}
