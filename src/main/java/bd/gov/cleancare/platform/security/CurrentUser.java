package bd.gov.cleancare.platform.security;

import java.time.Instant;
import java.util.UUID;

/** Who is calling, as proven by their access token; never taken from a request body. */
public record CurrentUser(UUID id, String phone, UserType type, UUID tokenId, Instant tokenExpiresAt) {

    public boolean isSuperAdmin() {
        return type == UserType.SUPER_ADMIN;
    }

    public boolean isAdmin() {
        return type == UserType.ADMIN;
    }

    public boolean is(UUID userId) {
        return id.equals(userId);
    }
}
