package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.platform.errors.Unauthorized;
import bd.gov.cleancare.platform.security.AccessTokenVerifier;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import java.text.ParseException;
import org.springframework.stereotype.Component;

/** Checks a bearer access token: signature, expiry, then the shared revocation list. */
@Component
class AccessTokens implements AccessTokenVerifier {

    private final JwtCodec jwt;
    private final Revocations revocations;

    AccessTokens(JwtCodec jwt, Revocations revocations) {
        this.jwt = jwt;
        this.revocations = revocations;
    }

    @Override
    public boolean isRevoked(java.util.UUID tokenId) {
        return revocations.isRevoked(tokenId);
    }

    @Override
    public java.util.Set<java.util.UUID> revokedAmong(java.util.Collection<java.util.UUID> tokenIds) {
        return tokenIds.isEmpty() ? java.util.Set.of() : revocations.revokedAmong(tokenIds);
    }

    @Override
    public CurrentUser verify(String bearerToken) {
        var token = jwt.verify(bearerToken, JwtCodec.ACCESS);
        if (revocations.isRevoked(token.jti())) {
            throw new Unauthorized("auth.token.revoked");
        }
        try {
            var type = UserType.fromCode(token.claims().getStringClaim("user_type"))
                    .orElseThrow(() -> new Unauthorized("auth.token.invalid"));
            return new CurrentUser(token.userId(), token.claims().getStringClaim("phone"), type, token.jti(), token.expiresAt());
        } catch (ParseException e) {
            throw new Unauthorized("auth.token.invalid");
        }
    }
}
