package bd.gov.cleancare.platform.errors;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** 507: the file store is full; nothing was kept, and the same upload can succeed once space is freed. */
public final class InsufficientStorage extends ProblemException {

    public InsufficientStorage(String key, Object... args) {
        super(HttpStatus.INSUFFICIENT_STORAGE, new Message(key, args), null, Duration.ofMinutes(5));
    }
}
