package bd.gov.cleancare.open311.internal;

import java.util.regex.Pattern;

/**
 * Citizens write their phone numbers (and sometimes emails) into complaints so the ward office can
 * call back; the public copy must not carry them. Bengali or ASCII digits, with or without +88,
 * spaces, dots or dashes between the digits.
 */
public final class Redaction {

    static final String PHONE_REMOVED = "[ফোন নম্বর সরানো হয়েছে]";
    static final String EMAIL_REMOVED = "[ইমেইল সরানো হয়েছে]";

    private static final String DIGIT = "[0-9০-৯]";
    private static final String GAP = "[\\s.\\-]{0,2}";
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9০-৯])(?:\\(?\\+?[8৮]" + GAP + "[8৮]\\)?" + GAP + ")?"
                    + "[0০]" + GAP + "[1১]" + GAP + "[3-9৩-৯](?:" + GAP + DIGIT + "){8}(?![0-9০-৯])");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}.\\-]+\\.\\p{L}{2,}");

    private Redaction() {
    }

    public static String publicText(String text) {
        if (text == null) {
            return null;
        }
        var withoutPhones = PHONE.matcher(text).replaceAll(PHONE_REMOVED);
        return EMAIL.matcher(withoutPhones).replaceAll(EMAIL_REMOVED);
    }
}
