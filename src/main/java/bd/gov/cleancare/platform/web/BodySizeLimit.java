package bd.gov.cleancare.platform.web;

import bd.gov.cleancare.platform.errors.Message;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JSON bodies are small; a declared body above the limit is refused before anything reads it.
 * Multipart uploads have their own limits (spring.servlet.multipart).
 */
public final class BodySizeLimit extends OncePerRequestFilter {

    private final long maxJsonBytes;
    private final Problems problems;

    public BodySizeLimit(long maxJsonBytes, Problems problems) {
        this.maxJsonBytes = maxJsonBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > maxJsonBytes) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, new Message("problem.too-large"));
            return;
        }
        chain.doFilter(request, response);
    }
}
