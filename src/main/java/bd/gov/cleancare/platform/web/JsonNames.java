package bd.gov.cleancare.platform.web;

/** JSON uses the seed's snake_case names; Java uses camelCase. */
public final class JsonNames {

    private JsonNames() {
    }

    public static String snake(String camel) {
        if (camel == null) {
            return "non_field_errors";
        }
        var out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
