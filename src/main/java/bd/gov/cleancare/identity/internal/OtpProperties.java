package bd.gov.cleancare.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** OTP rules; {@code secret} (SECRET_KEY) keys the HMAC under which codes are stored. */
@ConfigurationProperties("cleancare.otp")
public record OtpProperties(
        String secret,
        @DefaultValue("5m") Duration lifetime,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("60s") Duration resendInterval,
        @DefaultValue("5") int maxPerHour) {
}
