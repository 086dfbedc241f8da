package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.security.AccessTokenVerifier;
import bd.gov.cleancare.platform.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in page session whose access token has expired or been revoked (logout elsewhere,
 * password change or reset, deactivation): the visitor continues as anonymous and protected pages
 * send them to the login page.
 */
final class SessionValidity extends OncePerRequestFilter {

    private final AccessTokenVerifier tokens;
    private final WebSessions sessions;
    private final Clock clock;

    SessionValidity(AccessTokenVerifier tokens, WebSessions sessions, Clock clock) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // assets need no session, and looking one up would cost a Redis round trip per file
        return PagePaths.isAsset(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && (!clock.instant().isBefore(user.tokenExpiresAt()) || tokens.isRevoked(user.tokenId()))) {
            sessions.signOut(request, response);
        }
        chain.doFilter(request, response);
    }
}
