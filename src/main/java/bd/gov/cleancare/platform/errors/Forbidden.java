package bd.gov.cleancare.platform.errors;

import org.springframework.http.HttpStatus;

/** 4xx: the caller is known but may not do this. */
public final class Forbidden extends ProblemException {

    public Forbidden(String key, Object... args) {
        super(HttpStatus.FORBIDDEN, new Message(key, args), null, null);
    }
}
