package bd.gov.cleancare.open311.web;

import bd.gov.cleancare.platform.errors.Message;
import bd.gov.cleancare.platform.errors.ProblemException;
import bd.gov.cleancare.platform.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * GeoReport v2 errors: {@code <errors><error><code/><description/></error></errors>} or its JSON
 * array, with the matching HTTP status, in Bengali or English. Runs before the problem+json advice;
 * what fails before a handler is chosen (an unreadable multipart body, a body over the size limit)
 * is still answered by the platform as problem+json.
 */
@RestControllerAdvice(assignableTypes = GeoReportApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeoReportErrors {

    private static final Logger log = LoggerFactory.getLogger(GeoReportErrors.class);

    /** The complaint fields behind a request's parameters, named as the client sent them. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "latitude", "lat", "longitude", "long", "location", "address_string", "category", "service_code",
            "title", "description", "ward_number", GeoReportApi.WARD_PARAMETER, "city_corporation", "jurisdiction_id");

    private final Bodies bodies;
    private final MessageSource messages;

    GeoReportErrors(Bodies bodies, MessageSource messages) {
        this.bodies = bodies;
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<byte[]> problem(ProblemException e, HttpServletRequest request) {
        int code = e.status().value();
        var errors = new ArrayList<Documents.Error>();
        e.fieldErrors().forEach((field, list) -> list.forEach(message ->
                errors.add(new Documents.Error(code, PARAMETERS.getOrDefault(field, field) + ": " + text(message, request)))));
        if (errors.isEmpty()) {
            errors.add(new Documents.Error(code, text(e.detail(), request)));
        }
        var headers = new HttpHeaders();
        e.retryAfter().ifPresent(wait -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait))));
        return bodies.entity(e.status(), Format.ofPath(request.getRequestURI()), Documents.errors(errors), headers);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, QueryTimeoutException.class})
    ResponseEntity<byte[]> backendDown(Exception e, HttpServletRequest request) {
        log.error("a backing service failed", e);
        return error(HttpStatus.SERVICE_UNAVAILABLE, new Message("problem.unavailable"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected failure", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, new Message("problem.internal"), request);
    }

    private ResponseEntity<byte[]> error(HttpStatus status, Message message, HttpServletRequest request) {
        var body = Documents.errors(List.of(new Documents.Error(status.value(), text(message, request))));
        return bodies.entity(status, Format.ofPath(request.getRequestURI()), body, new HttpHeaders());
    }

    private String text(Message message, HttpServletRequest request) {
        return messages.getMessage(message.key(), message.args(), message.key(), Languages.of(request));
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    }
}
