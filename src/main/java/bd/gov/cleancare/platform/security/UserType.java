package bd.gov.cleancare.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The seed's user_type values, spelled as stored. */
public enum UserType {
    CITIZEN("citizen"), ADMIN("admin"), SUPER_ADMIN("super_admin"), SERVICE_PROVIDER("service_provider");

    private final String code;

    UserType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<UserType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    public static UserType of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown user_type " + code));
    }

    /** City staff: they act for the corporation, within the wards they are given. */
    public boolean isStaff() {
        return this != CITIZEN;
    }
}
