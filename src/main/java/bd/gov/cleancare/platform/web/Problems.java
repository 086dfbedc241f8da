package bd.gov.cleancare.platform.web;

import bd.gov.cleancare.platform.errors.Message;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem bodies in the caller's language. Besides the standard members they carry
 * {@code error} (the message, which the seed's clients read) and {@code errors} (field → messages).
 */
@Component
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final JsonMapper json;

    public Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ResponseEntity<Map<String, Object>> entity(HttpServletRequest request, HttpStatus status, Message detail,
            Map<String, List<Message>> fieldErrors, Duration retryAfter) {
        var builder = ResponseEntity.status(status).contentType(PROBLEM_JSON);
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ceilSeconds(retryAfter))));
        }
        return builder.body(body(request, status, detail, fieldErrors));
    }

    public ResponseEntity<Map<String, Object>> entity(HttpServletRequest request, HttpStatus status, Message detail) {
        return entity(request, status, detail, Map.of(), null);
    }

    /** For filters that answer before Spring MVC is reached (authentication, size limits). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Message detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(body(request, status, detail, Map.of())));
    }

    public String text(Message message, Locale locale) {
        return messages.getMessage(message.key(), message.args(), message.key(), locale);
    }

    private Map<String, Object> body(HttpServletRequest request, HttpStatus status, Message detail,
            Map<String, List<Message>> fieldErrors) {
        var locale = Languages.of(request);
        var text = text(detail, locale);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale));
        body.put("status", status.value());
        body.put("detail", text);
        body.put("instance", request.getRequestURI());
        body.put("code", detail.key());
        body.put("error", text);
        if (!fieldErrors.isEmpty()) {
            var errors = new LinkedHashMap<String, List<String>>();
            fieldErrors.forEach((field, list) -> errors.put(field, list.stream().map(m -> text(m, locale)).toList()));
            body.put("errors", errors);
        }
        body.put("request_id", RequestIds.of(request));
        return body;
    }

    private static long ceilSeconds(Duration duration) {
        return duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    }
}
