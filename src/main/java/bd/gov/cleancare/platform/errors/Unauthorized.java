package bd.gov.cleancare.platform.errors;

import org.springframework.http.HttpStatus;

/** 4xx: no valid credentials. */
public final class Unauthorized extends ProblemException {

    public Unauthorized(String key, Object... args) {
        super(HttpStatus.UNAUTHORIZED, new Message(key, args), null, null);
    }
}
