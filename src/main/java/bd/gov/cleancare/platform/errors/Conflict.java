package bd.gov.cleancare.platform.errors;

import org.springframework.http.HttpStatus;

/** 4xx: the request clashes with the current state. */
public final class Conflict extends ProblemException {

    public Conflict(String key, Object... args) {
        super(HttpStatus.CONFLICT, new Message(key, args), null, null);
    }
}
