package bd.gov.cleancare.complaints;

/**
 * How a complaint was filed: by the citizen in the app or on the web pages, by staff at the hotline
 * for a caller, or by a partner service through Open311.
 */
public enum Source {
    APP("app"), WEB("web"), HOTLINE("hotline"), OPEN311("open311");

    private final String code;

    Source(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A partner's account is not a person: only citizens who filed themselves or called the hotline are texted. */
    public boolean textsCitizen() {
        return this != OPEN311;
    }

    public static Source of(String code) {
        for (var source : values()) {
            if (source.code.equals(code)) {
                return source;
            }
        }
        return APP;
    }
}
