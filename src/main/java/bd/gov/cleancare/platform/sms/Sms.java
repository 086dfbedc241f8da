package bd.gov.cleancare.platform.sms;

/** Sends a text message to a Bangladeshi mobile number (+8801XXXXXXXXX). */
public interface Sms {

    /** @throws SmsNotSent when the gateway refused or could not be reached after retries */
    void send(String phone, String text);
}
