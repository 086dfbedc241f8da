package bd.gov.cleancare.payments.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SSLCOMMERZ_BASE_URL (the sandbox unless set; live is https://securepay.sslcommerz.com),
 * SSLCOMMERZ_STORE_ID, SSLCOMMERZ_STORE_PASSWORD, SSLCOMMERZ_TIMEOUT, and SSLCOMMERZ_CUSTOMER_EMAIL:
 * SSLCommerz requires a customer e-mail and we do not ask citizens for one.
 */
@ConfigurationProperties("cleancare.gateways.sslcommerz")
public record SslCommerzProperties(
        @DefaultValue("https://sandbox.sslcommerz.com") String baseUrl,
        String storeId,
        String storePassword,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("payments@cleancare.gov.bd") String customerEmail) {

    /** Whether the store credentials are there; without them the adapter is not built. */
    public boolean configured() {
        return present(storeId) && present(storePassword);
    }

    @Override
    public String toString() {
        return "SslCommerzProperties[baseUrl=" + baseUrl + ", storeId=" + storeId + ", storePassword="
                + (present(storePassword) ? "***" : "") + ", timeout=" + timeout + ", customerEmail=" + customerEmail + "]";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
