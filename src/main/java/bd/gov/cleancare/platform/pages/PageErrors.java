package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.errors.Message;
import bd.gov.cleancare.platform.errors.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Any failure while answering a page becomes the HTML error page in the visitor's language; it runs
 * before the API's problem advice, which keeps answering everything else as problem+json.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!PagePaths.isPage(request)) {
            return null;
        }
        return switch (e) {
            case ProblemException problem -> ErrorPage.of(problem.status(), problem.detail());
            case AccessDeniedException denied -> ErrorPage.of(HttpStatus.FORBIDDEN, new Message("problem.forbidden"));
            case MaxUploadSizeExceededException tooLarge -> ErrorPage.of(HttpStatus.CONTENT_TOO_LARGE, new Message("problem.too-large"));
            // a header the firewall cannot trust, found when the page first reads it
            case org.springframework.security.web.firewall.RequestRejectedException rejected ->
                    ErrorPage.of(HttpStatus.BAD_REQUEST, new Message("problem.bad-request"));
            // a malformed id in the address names a page that cannot exist
            case TypeMismatchException mismatch -> ErrorPage.of(HttpStatus.NOT_FOUND, new Message("problem.page-not-found"));
            case ErrorResponse known when known.getStatusCode().value() == 404 ->
                    ErrorPage.of(HttpStatus.NOT_FOUND, new Message("problem.page-not-found"));
            case ErrorResponse known when known.getStatusCode().is4xxClientError() ->
                    ErrorPage.of(HttpStatus.valueOf(known.getStatusCode().value()), new Message("problem.bad-request"));
            case DataAccessResourceFailureException down -> {
                log.error("a backing service failed", e);
                yield ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, new Message("problem.unavailable"));
            }
            default -> {
                log.error("unexpected failure on page {}", request.getRequestURI(), e);
                yield ErrorPage.of(HttpStatus.INTERNAL_SERVER_ERROR, new Message("problem.internal"));
            }
        };
    }

    @Override
    public int getOrder() {
        // after Boot's DefaultErrorAttributes (which only records the exception), before the @ExceptionHandler advices
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
