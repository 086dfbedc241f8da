package bd.gov.cleancare.payments.gateway;

/**
 * The provider answered and clearly declined to start a payment (bad amount, unknown merchant, …).
 * Thrown only by {@link PaymentGateway#create}, whose result has no place for a refusal.
 */
public class GatewayRefused extends RuntimeException {

    public GatewayRefused(String message) {
        super(message);
    }
}
