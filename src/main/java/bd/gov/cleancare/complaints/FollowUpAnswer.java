package bd.gov.cleancare.complaints;

import bd.gov.cleancare.platform.errors.RuleViolated;
import java.util.Locale;

/** The citizen's answer to "has it been fixed?". */
public enum FollowUpAnswer {
    YES("yes"), NO("no"), UNKNOWN("unknown");

    private final String code;

    FollowUpAnswer(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** yes / no / unknown (also "dont_know"), as a form or a phone sends it. */
    public static FollowUpAnswer parse(String raw) {
        var text = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "yes" -> YES;
            case "no" -> NO;
            case "unknown", "dont_know", "don't know", "dont-know" -> UNKNOWN;
            default -> throw RuleViolated.onField("answer", "follow-up.answer.invalid");
        };
    }
}
