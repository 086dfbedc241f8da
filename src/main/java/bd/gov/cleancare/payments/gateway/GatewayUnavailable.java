package bd.gov.cleancare.payments.gateway;

/** The provider could not be reached or gave no usable answer; nothing is concluded from it. */
public class GatewayUnavailable extends RuntimeException {

    public GatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public GatewayUnavailable(String message) {
        super(message);
    }
}
