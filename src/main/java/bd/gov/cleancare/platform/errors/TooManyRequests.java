package bd.gov.cleancare.platform.errors;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** 429 with the time after which trying again can succeed (sent as Retry-After). */
public final class TooManyRequests extends ProblemException {

    public TooManyRequests(Duration retryAfter, String key, Object... args) {
        super(HttpStatus.TOO_MANY_REQUESTS, new Message(key, args), null, retryAfter);
    }
}
