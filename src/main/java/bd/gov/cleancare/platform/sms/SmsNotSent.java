package bd.gov.cleancare.platform.sms;

public class SmsNotSent extends RuntimeException {

    public SmsNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
