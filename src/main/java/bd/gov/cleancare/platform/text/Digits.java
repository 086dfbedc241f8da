package bd.gov.cleancare.platform.text;

/** Bengali digits (০–৯) as citizens type them, turned into ASCII digits for storage and parsing. */
public final class Digits {

    private Digits() {
    }

    public static String toAscii(String text) {
        if (text == null) {
            return null;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '০' && c <= '৯' ? (char) ('0' + (c - '০')) : c);
        }
        return out.toString();
    }

    public static String toBengali(String text) {
        if (text == null) {
            return null;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('০' + (c - '0')) : c);
        }
        return out.toString();
    }
}
