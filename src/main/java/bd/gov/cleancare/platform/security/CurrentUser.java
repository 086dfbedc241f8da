package bd.gov.cleancare.platform.security;

import java.time.Instant;
import java.util.UUID;

/**
 * Who is calling, as proven by their access token; never taken from a request body. Serializable:
 * a signed-in page session keeps it in Redis.
 */
public record CurrentUser(UUID id, String phone, UserType type, UUID tokenId, Instant tokenExpiresAt) implements java.io.Serializable {

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
