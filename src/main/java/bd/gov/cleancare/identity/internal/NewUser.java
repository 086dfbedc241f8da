package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.platform.security.UserType;
import java.time.Instant;

public record NewUser(String phone, String name, String email, String passwordHash, String nid, String address,
        String wardNumber, String cityCorporation, UserType userType, boolean verified, Instant createdAt, String language) {
}
