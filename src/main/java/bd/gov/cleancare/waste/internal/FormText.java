package bd.gov.cleancare.waste.internal;

import bd.gov.cleancare.platform.errors.RuleViolated;

/** Free text from a form, stripped, with errors naming the field. */
public final class FormText {

    private FormText() {
    }

    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        return limited(field, value.strip(), max);
    }

    /** Blank clears the field. */
    public static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : limited(field, value.strip(), max);
    }

    private static String limited(String field, String value, int max) {
        if (value.length() > max) {
            throw RuleViolated.onField(field, "validation.Size.max", max);
        }
        return value;
    }
}
