package bd.gov.cleancare.identity;

import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.text.Digits;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Bangladeshi mobile number, normalised once to +8801XXXXXXXXX. Accepts what people type:
 * 01…, 8801…, +8801…, with spaces or dashes, in Bengali or ASCII digits.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("^(?:\\+?88)?(01[3-9]\\d{8})$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

    public PhoneNumber {
        if (value == null || !value.matches("\\+8801[3-9]\\d{8}")) {
            throw new IllegalArgumentException("not a normalised Bangladeshi mobile number");
        }
    }

    public static Optional<PhoneNumber> tryParse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        var compact = SEPARATORS.matcher(Digits.toAscii(raw.strip())).replaceAll("");
        var matcher = MOBILE.matcher(compact);
        return matcher.matches() ? Optional.of(new PhoneNumber("+88" + matcher.group(1))) : Optional.empty();
    }

    /** Parses a client's input; a bad number is a 400 naming {@code field}. */
    public static PhoneNumber parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        return tryParse(raw).orElseThrow(() -> RuleViolated.onField(field, "phone.invalid"));
    }

    @Override
    public String toString() {
        return value;
    }
}
