package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.platform.errors.RuleViolated;

/** The schema's otp_verifications.purpose values. */
public enum OtpPurpose {
    REGISTRATION("registration"), LOGIN("login"), PASSWORD_RESET("password_reset");

    private final String code;

    OtpPurpose(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static OtpPurpose parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return REGISTRATION;
        }
        for (var purpose : values()) {
            if (purpose.code.equals(raw.trim())) {
                return purpose;
            }
        }
        throw RuleViolated.onField("purpose", "otp.purpose.invalid");
    }
}
