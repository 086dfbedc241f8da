package bd.gov.cleancare.platform.errors;

import org.springframework.http.HttpStatus;

/** 4xx: the resource does not exist, or the caller may not know it does. */
public final class NotFound extends ProblemException {

    public NotFound(String key, Object... args) {
        super(HttpStatus.NOT_FOUND, new Message(key, args), null, null);
    }
}
