package bd.gov.cleancare.payments.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * NAGAD_BASE_URL (the sandbox unless set; the API lives under {base}/api/dfs), NAGAD_MERCHANT_ID,
 * NAGAD_MERCHANT_NUMBER, NAGAD_PUBLIC_KEY (Nagad's, X.509), NAGAD_MERCHANT_PRIVATE_KEY (ours, PKCS#8),
 * both PEM or bare base64; NAGAD_IP_V4, sent as X-KM-IP-V4: the server address Nagad whitelisted for the
 * merchant (an order carries no citizen address); NAGAD_TIMEOUT.
 */
@ConfigurationProperties("cleancare.gateways.nagad")
public record NagadProperties(
        @DefaultValue("http://sandbox.mynagad.com:10080/remote-payment-gateway-1.0") String baseUrl,
        String merchantId,
        String merchantNumber,
        String publicKey,
        String merchantPrivateKey,
        @DefaultValue("127.0.0.1") String ipV4,
        @DefaultValue("30s") Duration timeout) {

    /** Whether the merchant and both keys are there; without them the adapter is not built. */
    public boolean configured() {
        return present(merchantId) && present(merchantNumber) && present(publicKey) && present(merchantPrivateKey);
    }

    @Override
    public String toString() {
        return "NagadProperties[baseUrl=" + baseUrl + ", merchantId=" + merchantId + ", merchantNumber=" + merchantNumber
                + ", publicKey=" + (present(publicKey) ? "***" : "") + ", merchantPrivateKey="
                + (present(merchantPrivateKey) ? "***" : "") + ", ipV4=" + ipV4 + ", timeout=" + timeout + "]";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
