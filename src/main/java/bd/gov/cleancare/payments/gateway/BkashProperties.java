package bd.gov.cleancare.payments.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * BKASH_BASE_URL (the sandbox unless set), BKASH_APP_KEY, BKASH_APP_SECRET, BKASH_USERNAME,
 * BKASH_PASSWORD and BKASH_TIMEOUT (bKash asks merchants to wait 30 seconds for every API).
 */
@ConfigurationProperties("cleancare.gateways.bkash")
public record BkashProperties(
        @DefaultValue("https://tokenized.sandbox.bka.sh/v1.2.0-beta") String baseUrl,
        String appKey,
        String appSecret,
        String username,
        String password,
        @DefaultValue("30s") Duration timeout) {

    /** Whether the merchant credentials are all there; without them the adapter is not built. */
    public boolean configured() {
        return present(appKey) && present(appSecret) && present(username) && present(password);
    }

    @Override
    public String toString() {
        return "BkashProperties[baseUrl=" + baseUrl + ", appKey=" + (present(appKey) ? "***" : "") + ", username="
                + (present(username) ? "***" : "") + ", timeout=" + timeout + "]";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
