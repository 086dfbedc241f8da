package bd.gov.cleancare.gallery;

import bd.gov.cleancare.platform.errors.RuleViolated;
import java.util.Arrays;
import java.util.Locale;

/** What a photo shows: city work or an event, or one side of a resolved complaint's before/after pair. */
public enum PhotoKind {
    GENERAL, BEFORE, AFTER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PhotoKind parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return GENERAL;
        }
        return Arrays.stream(values()).filter(kind -> kind.code().equalsIgnoreCase(raw.strip())).findFirst()
                .orElseThrow(() -> RuleViolated.onField(field, "validation.choice", "general, before, after"));
    }
}
