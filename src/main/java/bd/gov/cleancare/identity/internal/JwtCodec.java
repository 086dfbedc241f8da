package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.platform.errors.Unauthorized;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** HS256 tokens with the claims of seed §4.1; expiry is judged by the injected clock. */
@Component
public class JwtCodec {

    public static final String ACCESS = "access";
    public static final String REFRESH = "refresh";

    private final byte[] secret;
    private final Clock clock;

    public JwtCodec(JwtProperties properties, Clock clock) {
        this.secret = properties.secret().getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        if (secret.length < 32) {
            throw new IllegalStateException("JWT_SECRET_KEY must be at least 32 bytes long for HS256");
        }
    }

    public String sign(String type, UUID jti, Instant issuedAt, Instant expiresAt, Map<String, Object> claims) {
        var builder = new JWTClaimsSet.Builder()
                .claim("token_type", type)
                .expirationTime(Date.from(expiresAt))
                .issueTime(Date.from(issuedAt))
                .jwtID(jti.toString());
        claims.forEach(builder::claim);
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }

    /** Verifies signature, algorithm, type and expiry; anything wrong is a 401. */
    public Verified verify(String token, String expectedType) {
        try {
            var jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                throw new Unauthorized("auth.token.invalid");
            }
            var claims = jwt.getJWTClaimsSet();
            if (!expectedType.equals(claims.getStringClaim("token_type")) || claims.getJWTID() == null
                    || claims.getExpirationTime() == null || claims.getStringClaim("user_id") == null) {
                throw new Unauthorized("auth.token.invalid");
            }
            var expiresAt = claims.getExpirationTime().toInstant();
            if (!clock.instant().isBefore(expiresAt)) {
                throw new Unauthorized("auth.token.expired");
            }
            return new Verified(UUID.fromString(claims.getJWTID()), UUID.fromString(claims.getStringClaim("user_id")),
                    expiresAt, claims);
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            throw new Unauthorized("auth.token.invalid");
        }
    }

    public record Verified(UUID jti, UUID userId, Instant expiresAt, JWTClaimsSet claims) {
    }
}
