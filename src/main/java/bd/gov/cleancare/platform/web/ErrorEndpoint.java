package bd.gov.cleancare.platform.web;

import bd.gov.cleancare.platform.errors.Message;
import bd.gov.cleancare.platform.pages.ErrorPage;
import bd.gov.cleancare.platform.pages.PagePaths;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors raised outside Spring MVC (the servlet container, filters) still answer as problems. */
@RestController
public class ErrorEndpoint implements ErrorController {

    private final Problems problems;

    public ErrorEndpoint(Problems problems) {
        this.problems = problems;
    }

    /** A problem for the API; for a page that failed outside Spring MVC (a CSRF refusal, the container), the HTML error page. */
    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // A filter (token revocation check, rate limit) met a database or Redis outage: retryable, not a bug.
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && NestedExceptionUtils.getMostSpecificCause(failure) != null
                && isOutage(failure)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        var key = switch (status) {
            case NOT_FOUND -> "problem.not-found";
            case UNAUTHORIZED -> "problem.unauthorized";
            case FORBIDDEN -> "problem.forbidden";
            case CONTENT_TOO_LARGE -> "problem.too-large";
            case METHOD_NOT_ALLOWED -> "problem.method-not-allowed";
            case SERVICE_UNAVAILABLE -> "problem.unavailable";
            default -> status.is4xxClientError() ? "problem.bad-request" : "problem.internal";
        };
        if (PagePaths.isPage(request)) {
            return ErrorPage.of(status, new Message(status == HttpStatus.NOT_FOUND ? "problem.page-not-found" : key, request.getMethod()));
        }
        return problems.entity(request, status, new Message(key, request.getMethod()));
    }

    static boolean isOutage(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            // QueryTimeoutException: a Redis command timed out (Redis gone; the session store of a page, say)
            if (cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
