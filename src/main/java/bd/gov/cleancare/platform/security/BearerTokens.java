package bd.gov.cleancare.platform.security;

import bd.gov.cleancare.platform.errors.Message;
import bd.gov.cleancare.platform.errors.ProblemException;
import bd.gov.cleancare.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates "Authorization: Bearer …" with the access-token verifier; a bad token is a 401 at once. */
final class BearerTokens extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final AccessTokenVerifier verifier;
    private final Problems problems;

    BearerTokens(AccessTokenVerifier verifier, Problems problems) {
        this.verifier = verifier;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser user;
        try {
            user = verifier.verify(header.substring(PREFIX.length()).trim());
        } catch (ProblemException e) {
            problems.write(request, response, e.status(), e.detail());
            return;
        } catch (DataAccessResourceFailureException | QueryTimeoutException unavailable) {
            // the revocation list is out of reach: neither trust the token nor blame the client
            logger.warn("cannot check a token's revocation: " + unavailable.getMessage());
            response.setHeader("Retry-After", "5");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, new Message("problem.unavailable"));
            return;
        }
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + user.type().code()));
        var authentication = new UsernamePasswordAuthenticationToken(user, null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
