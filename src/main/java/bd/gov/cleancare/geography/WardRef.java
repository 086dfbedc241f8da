package bd.gov.cleancare.geography;

import bd.gov.cleancare.platform.text.Digits;

/**
 * A ward as (city corporation, ward number): ward 12 of DSCC is not ward 12 of DNCC.
 * Parsing normalises what people type ("dscc", "১২", "012") to the stored form ("DSCC", "12").
 */
public record WardRef(String cityCorporation, String wardNumber) {

    public static String corporationCode(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public static String wardNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var ascii = Digits.toAscii(raw.trim());
        var stripped = ascii.replaceFirst("^0+(?=\\d)", "");
        return stripped;
    }
}
