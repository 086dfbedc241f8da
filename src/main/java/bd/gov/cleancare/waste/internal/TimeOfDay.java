package bd.gov.cleancare.waste.internal;

import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.text.Digits;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** A clock time as people type it: "7:30", "07:30", "০৭:৩০", "19:00:00". */
public final class TimeOfDay {

    private TimeOfDay() {
    }

    public static LocalTime parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        var text = Digits.toAscii(raw.strip());
        try {
            return LocalTime.parse(text.length() == 4 || text.length() == 7 ? "0" + text : text).withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            throw RuleViolated.onField(field, "validation.time");
        }
    }
}
