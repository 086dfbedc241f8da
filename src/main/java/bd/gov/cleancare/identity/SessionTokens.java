package bd.gov.cleancare.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** What verify-otp, login and refresh return: a token pair and who it belongs to (seed §4.3). */
public record SessionTokens(
        @JsonInclude(JsonInclude.Include.NON_NULL) String message,
        String accessToken,
        String refreshToken,
        String tokenType,
        long expiresIn,
        SessionUser user) {

    public record SessionUser(UUID id, String phone, String name, String email, String userType,
            String wardNumber, String cityCorporation, boolean isVerified) {
    }
}
