package bd.gov.cleancare.waste;

import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;

/**
 * A day of the week a collection round starts, in Bangladesh's week order (Saturday first). Stored
 * as its ISO number; clients may send that number, the English name (or its first three letters)
 * or the Bengali name (with or without "বার").
 */
public enum CollectionDay implements StoredValue {
    SATURDAY("saturday", "শনিবার", DayOfWeek.SATURDAY),
    SUNDAY("sunday", "রবিবার", DayOfWeek.SUNDAY),
    MONDAY("monday", "সোমবার", DayOfWeek.MONDAY),
    TUESDAY("tuesday", "মঙ্গলবার", DayOfWeek.TUESDAY),
    WEDNESDAY("wednesday", "বুধবার", DayOfWeek.WEDNESDAY),
    THURSDAY("thursday", "বৃহস্পতিবার", DayOfWeek.THURSDAY),
    FRIDAY("friday", "শুক্রবার", DayOfWeek.FRIDAY);

    private final String code;
    private final String stored;
    private final DayOfWeek day;

    CollectionDay(String code, String stored, DayOfWeek day) {
        this.code = code;
        this.stored = Normalizer.normalize(stored, Normalizer.Form.NFC);
        this.day = day;
    }

    @Override
    public String code() {
        return code;
    }

    /** The Bengali name (the column keeps the ISO number). */
    @Override
    public String stored() {
        return stored;
    }

    public DayOfWeek day() {
        return day;
    }

    public static CollectionDay of(DayOfWeek day) {
        return Arrays.stream(values()).filter(value -> value.day == day).findFirst().orElseThrow();
    }

    public static CollectionDay parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        var text = Normalizer.normalize(Digits.toAscii(raw.strip()), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (var value : values()) {
            if (text.equals(Integer.toString(value.day.getValue())) || text.equals(value.code) || text.equals(value.code.substring(0, 3))
                    || text.equals(value.stored) || text.equals(value.stored.replace("বার", ""))) {
                return value;
            }
        }
        throw RuleViolated.onField(field, "validation.choice", String.join(", ", Arrays.stream(values()).map(CollectionDay::code).toList()));
    }
}
