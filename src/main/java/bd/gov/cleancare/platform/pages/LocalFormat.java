package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.pdf.BengaliFormat;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.time.ClockConfig;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code #fmt} in templates: numbers and dates in the page's language — Bengali digits (০–৯) and
 * month names in Bengali mode — and times in Asia/Dhaka, whichever zone the server runs in.
 */
public final class LocalFormat {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final boolean bengali;

    LocalFormat(Locale locale) {
        this.bengali = !"en".equals(locale.getLanguage());
    }

    /** 1234567 → "১২,৩৪,৫৬৭" (lakh grouping) or "1,234,567"; fractions (tonnes, ratings) keep up to two decimals: 12.5 → "১২.৫". */
    public String number(Number value) {
        if (value == null) {
            return BengaliFormat.MISSING;
        }
        var exact = new java.math.BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        long whole = exact.longValue();
        var head = bengali ? BengaliFormat.count(whole) : "%,d".formatted(whole);
        if (exact.scale() <= 0) {
            return head;
        }
        var fraction = exact.abs().remainder(java.math.BigDecimal.ONE).toPlainString().substring(1);
        var sign = exact.signum() < 0 && whole == 0 ? "-" : "";
        return sign + head + (bengali ? Digits.toBengali(fraction) : fraction);
    }

    /** Digits inside a text (a ward number, "12/75") in the page's script. */
    public String digits(Object text) {
        if (text == null) {
            return "";
        }
        return bengali ? Digits.toBengali(text.toString()) : text.toString();
    }

    public String date(Instant instant) {
        if (instant == null) {
            return BengaliFormat.MISSING;
        }
        var local = instant.atZone(ClockConfig.DHAKA).toLocalDate();
        return bengali ? BengaliFormat.date(local) : ENGLISH_DATE.format(local);
    }

    /** "২৭ নভেম্বর ২০২৬, ১০:০৫ (ঢাকা সময়)" or "27 November 2026, 10:05 (Dhaka time)". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return BengaliFormat.MISSING;
        }
        if (bengali) {
            return BengaliFormat.dateTime(instant);
        }
        var local = instant.atZone(ClockConfig.DHAKA);
        return ENGLISH_DATE.format(local) + ", " + ENGLISH_TIME.format(local) + " (Dhaka time)";
    }

    /** For {@code <time datetime="…">}: machine-readable, always ASCII. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** Taka with paisa: "৳ ১,২৩৪.৫০" (lakh grouping) or "৳ 1,234.50". */
    public String money(java.math.BigDecimal amount) {
        if (amount == null) {
            return BengaliFormat.MISSING;
        }
        return "৳ " + (bengali ? BengaliFormat.decimal(amount, 2)
                : new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount));
    }

    /** {@code part} of {@code whole} as a percentage with one decimal ("৮৫.৩%"); whole 0: "—". */
    public String percent(java.math.BigDecimal part, java.math.BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return BengaliFormat.MISSING;
        }
        var rate = part.divide(whole, 6, java.math.RoundingMode.HALF_UP);
        return bengali ? BengaliFormat.percent(rate) : rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
