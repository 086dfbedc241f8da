package bd.gov.cleancare.platform.errors;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * A client-facing failure of a use case. One advice turns it into an RFC 9457 problem whose
 * texts come from the message bundles in the caller's language.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final Message detail;
    private final Map<String, List<Message>> fieldErrors;
    private final Duration retryAfter;

    protected ProblemException(HttpStatus status, Message detail, Map<String, List<Message>> fieldErrors, Duration retryAfter) {
        super(detail.key());
        this.status = status;
        this.detail = detail;
        this.fieldErrors = fieldErrors == null ? Map.of() : new LinkedHashMap<>(fieldErrors);
        this.retryAfter = retryAfter;
    }

    public HttpStatus status() {
        return status;
    }

    public Message detail() {
        return detail;
    }

    public Map<String, List<Message>> fieldErrors() {
        return fieldErrors;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Expected outcomes, not bugs: a stack trace would only cost time.
        return this;
    }
}
