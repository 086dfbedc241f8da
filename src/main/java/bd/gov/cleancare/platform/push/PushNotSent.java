package bd.gov.cleancare.platform.push;

public class PushNotSent extends RuntimeException {

    public PushNotSent(String message) {
        super(message);
    }

    public PushNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
