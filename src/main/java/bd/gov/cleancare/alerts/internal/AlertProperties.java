package bd.gov.cleancare.alerts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secret} (SECRET_KEY) keys the unsubscribe links' HMAC; {@code batch}: subscribers told per
 * statement when a ward has many; {@code perUser}: subscriptions one citizen may keep;
 * {@code smsMaxChars}: the digest's length bound (two SMS parts of Bengali text).
 */
@ConfigurationProperties("cleancare.alerts")
public record AlertProperties(
        String secret,
        @DefaultValue("1000") int batch,
        @DefaultValue("20") int perUser,
        @DefaultValue("300") int smsMaxChars) {
}
