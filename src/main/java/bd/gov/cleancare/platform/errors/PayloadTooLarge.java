package bd.gov.cleancare.platform.errors;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 413: an upload over its limit; names the field. */
public final class PayloadTooLarge extends ProblemException {

    public PayloadTooLarge(String field, String key, Object... args) {
        super(HttpStatus.CONTENT_TOO_LARGE, new Message(key, args), Map.of(field, List.of(new Message(key, args))), null);
    }
}
