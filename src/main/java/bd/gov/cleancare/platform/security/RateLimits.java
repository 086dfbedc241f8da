package bd.gov.cleancare.platform.security;

import bd.gov.cleancare.platform.errors.Message;
import bd.gov.cleancare.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-user (or, signed out, per-address) request quotas on the API, counted in Redis so every
 * instance enforces the same one. A fixed window per client keeps one small counter each, whatever
 * the traffic. The address is the client's own when nginx forwards it (FORWARD_HEADERS_STRATEGY=native).
 */
final class RateLimits extends OncePerRequestFilter {

    /** KEYS: counter; ARGV: window ms. Returns the count and the ms left in the window. */
    private static final RedisScript<List> COUNT = RedisScript.of("""
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {n, redis.call('PTTL', KEYS[1])}""", List.class);

    private final StringRedisTemplate redis;
    private final RateLimitProperties limits;
    private final Problems problems;

    RateLimits(StringRedisTemplate redis, RateLimitProperties limits, Problems problems) {
        this.redis = redis;
        this.limits = limits;
        this.problems = problems;
    }

    /** Health probes, metrics scraping, media and sockets (limited per connection) are not API calls. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var quota = quotaFor(request);
        if (quota.limit() > 0) {
            long retryAfterMs;
            try {
                var counted = redis.execute(COUNT, List.of(quota.key()), String.valueOf(limits.window().toMillis()));
                long count = ((Number) counted.get(0)).longValue();
                retryAfterMs = count > quota.limit() ? Math.max(((Number) counted.get(1)).longValue(), 1000) : 0;
            } catch (DataAccessException unavailable) {
                // Quotas protect the service; with Redis away they cannot be counted, and refusing everyone would be worse.
                logger.warn("request quota not counted: " + unavailable.getMessage());
                retryAfterMs = 0;
            }
            if (retryAfterMs > 0) {
                response.setHeader("Retry-After", String.valueOf((retryAfterMs + 999) / 1000));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, new Message("problem.rate-limited"));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private record Quota(String key, int limit) {
    }

    private Quota quotaFor(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/v1/auth/") && !path.startsWith("/api/v1/auth/me")) {
            return new Quota("cc:quota:auth:" + request.getRemoteAddr(), limits.authPerWindow());
        }
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof CurrentUser user) {
            return new Quota("cc:quota:user:" + user.id(), limits.userPerWindow());
        }
        return new Quota("cc:quota:anon:" + request.getRemoteAddr(), limits.anonymousPerWindow());
    }
}
