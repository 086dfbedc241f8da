package bd.gov.cleancare.platform.push;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Development default: the notification goes to the log instead of a phone. */
final class LogPush implements Push {

    private static final Logger log = LoggerFactory.getLogger(LogPush.class);

    @Override
    public void send(PushMessage message) {
        log.info("Push to device {}: {}", message.deviceTokenTail(), message.title());
    }
}
