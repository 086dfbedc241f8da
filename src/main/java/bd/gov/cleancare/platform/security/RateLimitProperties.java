package bd.gov.cleancare.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API request quotas shared by every instance (seed §9: anonymous 100/hour, signed-in 1,000/hour),
 * with a stricter one per address on the sign-in routes; 0 switches a quota off.
 */
@ConfigurationProperties("cleancare.rate-limits")
public record RateLimitProperties(@DefaultValue("100") int anonymousPerWindow, @DefaultValue("1000") int userPerWindow,
        @DefaultValue("30") int authPerWindow, @DefaultValue("1h") Duration window) {
}
