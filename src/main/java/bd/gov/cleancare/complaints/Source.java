package bd.gov.cleancare.complaints;

/** Where a complaint was filed: by the citizen in the app, or by a partner service through Open311. */
public enum Source {
    APP("app"), OPEN311("open311");

    private final String code;

    Source(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Source of(String code) {
        return "open311".equals(code) ? OPEN311 : APP;
    }
}
