package bd.gov.cleancare.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** JWT_SECRET_KEY and the token lifetimes of the seed (24 h access, 7 d refresh). */
@ConfigurationProperties("cleancare.jwt")
public record JwtProperties(
        String secret,
        @DefaultValue("24h") Duration accessTokenLifetime,
        @DefaultValue("7d") Duration refreshTokenLifetime) {
}
