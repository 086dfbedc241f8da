package bd.gov.cleancare.identity;

import java.time.Instant;
import java.util.UUID;

/** A user as the API shows them: the seed's users columns without the password hash; {@code erasedAt} once the account was deleted. */
public record UserView(
        UUID id,
        String phone,
        String name,
        String email,
        String nid,
        String address,
        String wardNumber,
        String cityCorporation,
        String profilePictureUrl,
        String userType,
        boolean isActive,
        boolean isVerified,
        boolean isStaff,
        Instant createdAt,
        Instant updatedAt,
        Instant lastLogin,
        String language,
        Instant erasedAt) {
}
