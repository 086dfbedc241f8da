package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.identity.SessionTokens;
import bd.gov.cleancare.identity.UserView;
import bd.gov.cleancare.platform.security.UserType;
import java.time.Instant;
import java.util.UUID;

/** One row of users, password hash included: never leaves the module. */
public record UserRow(
        UUID id, String phone, String name, String email, String passwordHash, String nid, String address,
        String wardNumber, String cityCorporation, String profilePictureUrl, UserType userType,
        boolean active, boolean verified, boolean staff, Instant createdAt, Instant updatedAt, Instant lastLogin,
        String language, Instant erasedAt) {

    public UserView view() {
        return new UserView(id, phone, name, email, nid, address, wardNumber, cityCorporation, profilePictureUrl,
                userType.code(), active, verified, staff, createdAt, updatedAt, lastLogin, language, erasedAt);
    }

    public SessionTokens.SessionUser sessionUser() {
        return new SessionTokens.SessionUser(id, phone, name, email, userType.code(), wardNumber, cityCorporation, verified);
    }
}
