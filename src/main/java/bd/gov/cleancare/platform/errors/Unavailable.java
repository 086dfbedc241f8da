package bd.gov.cleancare.platform.errors;

import org.springframework.http.HttpStatus;

/** 503: a provider we depend on (SMS gateway, payment gateway) failed; trying later can succeed. */
public final class Unavailable extends ProblemException {

    public Unavailable(String key, Object... args) {
        super(HttpStatus.SERVICE_UNAVAILABLE, new Message(key, args), null, null);
    }
}
