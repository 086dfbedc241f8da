package bd.gov.cleancare.platform.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** SMS_PROVIDER (console | http), SMS_API_URL, SMS_API_KEY, and the HTTP adapter's patience. */
@ConfigurationProperties("cleancare.sms")
public record SmsProperties(
        @DefaultValue("console") String provider,
        String apiUrl,
        String apiKey,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("2") int retries) {
}
