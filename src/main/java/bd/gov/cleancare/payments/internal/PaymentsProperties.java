package bd.gov.cleancare.payments.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PAYMENTS_SANDBOX: the local sandbox gateway takes every method no real gateway is configured for
 * (on by default outside prod). Reconciliation settles payments left open longer than {@code settleAfter}
 * and gives up on them after {@code expireAfter}.
 */
@ConfigurationProperties("cleancare.payments")
public record PaymentsProperties(
        @DefaultValue("true") boolean sandbox,
        @DefaultValue("10m") Duration settleAfter,
        @DefaultValue("24h") Duration expireAfter) {
}
