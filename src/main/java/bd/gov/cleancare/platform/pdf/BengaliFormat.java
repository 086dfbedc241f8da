package bd.gov.cleancare.platform.pdf;

import bd.gov.cleancare.platform.text.Digits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Numbers and dates as a Bengali reader writes them: Bengali digits, lakh grouping, Bengali month names. */
public final class BengaliFormat {

    public static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    /** Shown where a value is missing (e.g. hours for a ward that resolved nothing). */
    public static final String MISSING = "—";

    private static final List<String> MONTHS = List.of("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
            "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর");
    private static final List<String> SHORT_MONTHS = List.of("জানু", "ফেব্রু", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
            "সেপ্টে", "অক্টো", "নভে", "ডিসে");

    private BengaliFormat() {
    }

    /** 1234567 → "১২,৩৪,৫৬৭" (Bangladesh groups thousands, then pairs: lakh, crore). */
    public static String count(long value) {
        return Digits.toBengali(groupLakh(Long.toString(Math.abs(value)), value < 0));
    }

    /** A decimal with at most {@code scale} fraction digits, trailing zeros kept: "১,২৩৪.৫". */
    public static String decimal(BigDecimal value, int scale) {
        if (value == null) {
            return MISSING;
        }
        var plain = value.setScale(scale, RoundingMode.HALF_UP).abs().toPlainString();
        int dot = plain.indexOf('.');
        var whole = dot < 0 ? plain : plain.substring(0, dot);
        var fraction = dot < 0 ? "" : plain.substring(dot);
        return Digits.toBengali(groupLakh(whole, value.signum() < 0) + fraction);
    }

    /** A KPI value: whole numbers without decimals, others with up to two. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return MISSING;
        }
        var stripped = value.stripTrailingZeros();
        return decimal(value, Math.max(0, Math.min(2, stripped.scale())));
    }

    /** A rate 0..1 as a percentage with one decimal: 0.853 → "৮৫.৩%". */
    public static String percent(BigDecimal rate) {
        return rate == null ? MISSING : decimal(rate.movePointRight(2), 1) + "%";
    }

    public static String percent(long part, long whole) {
        return whole == 0 ? MISSING : percent(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP));
    }

    /** "১ নভেম্বর ২০২৬". */
    public static String date(LocalDate date) {
        if (date == null) {
            return MISSING;
        }
        return Digits.toBengali(date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear());
    }

    /** "১ নভে" — for chart axes. */
    public static String shortDate(LocalDate date) {
        return Digits.toBengali(date.getDayOfMonth() + " " + SHORT_MONTHS.get(date.getMonthValue() - 1));
    }

    /** "১ নভেম্বর ২০২৬ – ৩০ নভেম্বর ২০২৬". */
    public static String period(LocalDate from, LocalDate to) {
        return date(from) + " – " + date(to);
    }

    /** "২৭ নভেম্বর ২০২৬, ১০:০৫ (ঢাকা সময়)". */
    public static String dateTime(Instant instant) {
        if (instant == null) {
            return MISSING;
        }
        var local = instant.atZone(DHAKA);
        return date(local.toLocalDate()) + ", "
                + Digits.toBengali("%02d:%02d".formatted(local.getHour(), local.getMinute())) + " (ঢাকা সময়)";
    }

    private static String groupLakh(String digits, boolean negative) {
        var out = new StringBuilder();
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int left = length - i;
            if (i > 0 && (left == 3 || (left > 3 && (left - 3) % 2 == 0))) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return negative ? "-" + out : out.toString();
    }
}
