package bd.gov.cleancare.platform.errors;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 400: the input breaks a domain rule; names the field when one field is at fault. */
public final class RuleViolated extends ProblemException {

    public RuleViolated(String key, Object... args) {
        super(HttpStatus.BAD_REQUEST, new Message(key, args), null, null);
    }

    private RuleViolated(Message detail, Map<String, List<Message>> fieldErrors) {
        super(HttpStatus.BAD_REQUEST, detail, fieldErrors, null);
    }

    public static RuleViolated onField(String field, String key, Object... args) {
        var message = new Message(key, args);
        return new RuleViolated(message, Map.of(field, List.of(message)));
    }
}
