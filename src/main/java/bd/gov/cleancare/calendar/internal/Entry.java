package bd.gov.cleancare.calendar.internal;

import bd.gov.cleancare.calendar.CalendarCategory;
import java.util.List;

/** A calendar entry checked and normalised, ready to be stored. */
public record Entry(String title, String titleEn, String description, CalendarCategory category, EventTimes times, String location,
        String cityCorporation, List<String> targetWards, boolean published) {
}
