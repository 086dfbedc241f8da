package bd.gov.cleancare.platform.text;

import bd.gov.cleancare.platform.errors.RuleViolated;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A value the database keeps in Bengali (the seed's CHECK lists) and the API also names by a
 * stable English code. Clients may send either; responses carry both.
 */
public interface StoredValue {

    /** The stable English code, e.g. {@code waste_management}. */
    String code();

    /** The Bengali value exactly as the database stores it, e.g. {@code বর্জ্য ব্যবস্থাপনা}. */
    String stored();

    /** Accepts the code (any case) or the Bengali value (any Unicode normalisation); else a 400 naming the field. */
    static <E extends Enum<E> & StoredValue> E parse(Class<E> type, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        var wanted = nfc(raw.strip());
        for (var value : type.getEnumConstants()) {
            if (value.code().equalsIgnoreCase(wanted) || nfc(value.stored()).equals(wanted)) {
                return value;
            }
        }
        throw RuleViolated.onField(field, "validation.choice", String.join(", ", codes(type)));
    }

    static <E extends Enum<E> & StoredValue> E fromStored(Class<E> type, String stored) {
        // Rows hold exactly the stored form: compare as is first (this runs for every row read).
        for (var value : type.getEnumConstants()) {
            if (value.stored().equals(stored)) {
                return value;
            }
        }
        var wanted = nfc(stored);
        for (var value : type.getEnumConstants()) {
            if (nfc(value.stored()).equals(wanted)) {
                return value;
            }
        }
        throw new IllegalStateException("unknown stored " + type.getSimpleName() + ": " + stored);
    }

    private static <E extends Enum<E> & StoredValue> java.util.List<String> codes(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(StoredValue::code).toList();
    }

    /** The seed's Bengali is NFC (য় as য + nukta); phones may send the precomposed letter. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
