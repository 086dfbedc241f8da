package bd.gov.cleancare.platform.web;

import bd.gov.cleancare.platform.errors.Message;
import bd.gov.cleancare.platform.errors.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;

/** Every failure of an API call becomes a problem response; a client's mistake is never a 500. */
@RestControllerAdvice
@Order(0)
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;

    public ProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Map<String, Object>> problem(ProblemException e, HttpServletRequest request) {
        return problems.entity(request, e.status(), e.detail(), e.fieldErrors(), e.retryAfter().orElse(null));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        var fields = new LinkedHashMap<String, List<Message>>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.computeIfAbsent(JsonNames.snake(error.getField()), f -> new ArrayList<>()).add(messageOf(error.getCode(), error.getArguments(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> fields
                .computeIfAbsent("non_field_errors", f -> new ArrayList<>())
                .add(messageOf(error.getCode(), error.getArguments(), error.getDefaultMessage())));
        return problems.entity(request, HttpStatus.BAD_REQUEST, new Message("problem.validation"), fields, null);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Map<String, Object>> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        var fields = new LinkedHashMap<String, List<Message>>();
        e.getParameterValidationResults().forEach(result -> {
            var name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> fields.computeIfAbsent(JsonNames.snake(name), f -> new ArrayList<>())
                    .add(messageOf(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1], error.getArguments(), error.getDefaultMessage())));
        });
        return problems.entity(request, HttpStatus.BAD_REQUEST, new Message("problem.validation"), fields, null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            var field = jsonPath(jackson);
            return problems.entity(request, HttpStatus.BAD_REQUEST, new Message("problem.validation"),
                    Map.of(field, List.of(new Message("problem.field.wrong-type"))), null);
        }
        return problems.entity(request, HttpStatus.BAD_REQUEST, new Message("problem.malformed-body"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        // A malformed id in the path names a resource that cannot exist.
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return problems.entity(request, HttpStatus.NOT_FOUND, new Message("problem.not-found"));
        }
        return problems.entity(request, HttpStatus.BAD_REQUEST, new Message("problem.validation"),
                Map.of(e.getName(), List.of(new Message("problem.field.wrong-type"))), null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.BAD_REQUEST, new Message("problem.validation"),
                Map.of(e.getParameterName(), List.of(new Message("problem.field.required"))), null);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.BAD_REQUEST, new Message("problem.validation"),
                Map.of(e.getRequestPartName(), List.of(new Message("problem.field.required"))), null);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Map<String, Object>> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.BAD_REQUEST, new Message("problem.header-required", e.getHeaderName()));
    }

    /** The firewall refuses a header it cannot trust (e.g. not ISO-8859-1 text) when the header is first read. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(RequestRejectedException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.BAD_REQUEST, new Message("problem.bad-request"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.CONTENT_TOO_LARGE, new Message("problem.too-large"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badMultipart(MultipartException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.BAD_REQUEST, new Message("problem.bad-multipart"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Message("problem.unsupported-media-type"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.NOT_ACCEPTABLE, new Message("problem.not-acceptable"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.METHOD_NOT_ALLOWED, new Message("problem.method-not-allowed", e.getMethod()));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Map<String, Object>> noRoute(Exception e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.NOT_FOUND, new Message("problem.not-found"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Map<String, Object>> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.UNAUTHORIZED, new Message("problem.unauthorized"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e, HttpServletRequest request) {
        return problems.entity(request, HttpStatus.FORBIDDEN, new Message("problem.forbidden"));
    }

    // CannotCreateTransactionException: no connection to begin a transaction with; TransactionSystemException:
    // a commit or rollback the database failed (its connection cut by a PostgreSQL restart, "JDBC rollback
    // failed"). Neither is the client's mistake nor a bug of ours: the database is away, try again.
    @ExceptionHandler({DataAccessResourceFailureException.class, QueryTimeoutException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class})
    ResponseEntity<Map<String, Object>> backendDown(Exception e, HttpServletRequest request) {
        log.error("a backing service failed", e);
        var problem = problems.entity(request, HttpStatus.SERVICE_UNAVAILABLE, new Message("problem.unavailable"));
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders()).header("Retry-After", "5").body(problem.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected failure", e);
        return problems.entity(request, HttpStatus.INTERNAL_SERVER_ERROR, new Message("problem.internal"));
    }

    private static Message messageOf(String code, Object[] arguments, String defaultMessage) {
        // Constraint codes (NotBlank, Size, ...) are bundle keys "validation.<Code>"; custom
        // constraints carry their own key as the message template "{key}".
        if (defaultMessage != null && defaultMessage.startsWith("{") && defaultMessage.endsWith("}")) {
            return new Message(defaultMessage.substring(1, defaultMessage.length() - 1), constraintArgs(arguments));
        }
        return new Message("validation." + code, constraintArgs(arguments));
    }

    /** Bean Validation's arguments start with the field's own resolvable name; keep the limits. */
    private static Object[] constraintArgs(Object[] arguments) {
        if (arguments == null || arguments.length <= 1) {
            return new Object[0];
        }
        var rest = new Object[arguments.length - 1];
        System.arraycopy(arguments, 1, rest, 0, rest.length);
        return rest;
    }

    private static String jsonPath(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "non_field_errors" : path.toString();
    }
}
