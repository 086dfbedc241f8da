package bd.gov.cleancare.platform.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Development default: the message goes to the log instead of a phone. */
final class ConsoleSms implements Sms {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSms.class);

    @Override
    public void send(String phone, String text) {
        log.info("SMS to {}: {}", phone, text);
    }
}
