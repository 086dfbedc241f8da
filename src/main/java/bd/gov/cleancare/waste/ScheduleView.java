package bd.gov.cleancare.waste;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A collection round: in which area, on which days (Bengali names and codes), in which window (Dhaka
 * time, the end may be past midnight) and for which waste; the next window from now, in Dhaka time.
 */
public record ScheduleView(UUID id, String cityCorporation, String wardNumber, String area, String areaEn, List<String> daysOfWeek,
        List<String> daysOfWeekCodes, LocalTime startsAt, LocalTime endsAt, String wasteType, String wasteTypeCode, boolean isActive,
        String notes, OffsetDateTime nextCollectionStart, OffsetDateTime nextCollectionEnd, boolean collectingNow, Instant createdAt,
        Instant updatedAt) {
}
