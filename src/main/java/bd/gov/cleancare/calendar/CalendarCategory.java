package bd.gov.cleancare.calendar;

import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;

/** What a calendar entry is; holidays also move working-day deadlines (see {@link CityCalendar#holidays}). */
public enum CalendarCategory implements StoredValue {
    EVENT("event", "অনুষ্ঠান"),
    HOLIDAY("holiday", "ছুটির দিন"),
    COLLECTION_DAY("collection_day", "বর্জ্য সংগ্রহের দিন"),
    CAMPAIGN("campaign", "প্রচারাভিযান"),
    MEETING("meeting", "সভা");

    private final String code;
    private final String stored;

    CalendarCategory(String code, String stored) {
        this.code = code;
        this.stored = Normalizer.normalize(stored, Normalizer.Form.NFC);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String stored() {
        return stored;
    }
}
