package bd.gov.cleancare.administration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A staff member with their ward permissions. */
public record AdminView(UUID id, String phone, String name, String email, String userType, String wardNumber,
        String cityCorporation, boolean isActive, boolean isVerified, Instant lastLogin, Instant createdAt,
        List<Permission> permissions) {
}
