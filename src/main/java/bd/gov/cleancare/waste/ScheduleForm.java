package bd.gov.cleancare.waste;

import java.util.List;

/**
 * A collection round as staff create or edit it; on an edit a null keeps the field. Days as ISO
 * numbers (1 Monday … 7 Sunday), English or Bengali names; times as "07:30".
 */
public record ScheduleForm(String cityCorporation, String wardNumber, String area, String areaEn, List<String> daysOfWeek,
        String startsAt, String endsAt, String wasteType, Boolean isActive, String notes) {
}
