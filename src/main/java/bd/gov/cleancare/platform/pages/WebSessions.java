package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.security.AccessTokenVerifier;
import bd.gov.cleancare.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * Signs a browser session in with the access token identity issued for a login or a verified OTP, so
 * a page session is an API session underneath: logging out, a password change or a deactivation
 * revokes its token, and {@link SessionValidity} ends the page session with it. The principal is
 * the same {@link CurrentUser} the services take from the API. Sessions live in Redis (Spring Session).
 */
@Component
public class WebSessions {

    private final AccessTokenVerifier tokens;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final RequestCache requestCache = new HttpSessionRequestCache();

    public WebSessions(AccessTokenVerifier tokens) {
        this.tokens = tokens;
    }

    /** Who signed in, and where to go next: the page that asked for sign-in, or home. */
    public record SignedIn(CurrentUser user, String next) {
    }

    /** Signs the browser's session in as the token's user. */
    public SignedIn signIn(HttpServletRequest request, HttpServletResponse response, String accessToken) {
        var user = tokens.verify(accessToken);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.type().code())));
        var saved = requestCache.getRequest(request, response);
        request.getSession();
        // session fixation: the id and the CSRF token seen before signing in are no longer valid after it
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        requestCache.removeRequest(request, response);
        return new SignedIn(user, saved == null ? "/" : saved.getRedirectUrl());
    }

    /**
     * The signed-in user of the request's page session, if its token is still valid: how a page's
     * WebSocket proves who it is without handing the access token to scripts. Only for requests
     * whose Origin is this site (a browser always sends it on a WebSocket handshake), so another
     * site cannot ride on the session cookie.
     */
    public Optional<CurrentUser> userOf(HttpServletRequest request, Instant now) {
        if (!sameOrigin(request)) {
            return Optional.empty();
        }
        var session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context)
                || context.getAuthentication() == null
                || !(context.getAuthentication().getPrincipal() instanceof CurrentUser user)) {
            return Optional.empty();
        }
        if (!now.isBefore(user.tokenExpiresAt()) || tokens.isRevoked(user.tokenId())) {
            return Optional.empty();
        }
        return Optional.of(user);
    }

    /** The Origin's host and port are the Host the request came to (a proxy keeps the Host header). */
    static boolean sameOrigin(HttpServletRequest request) {
        var origin = request.getHeader("Origin");
        var host = request.getHeader("Host");
        if (origin == null || host == null) {
            return false;
        }
        try {
            var uri = URI.create(origin.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return false;
            }
            var authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            var requested = host.strip().toLowerCase(Locale.ROOT);
            var defaultPort = "https".equals(uri.getScheme()) ? ":443" : ":80";
            return authority.equalsIgnoreCase(requested) || (authority + defaultPort).equalsIgnoreCase(requested);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Ends the browser session (the caller revokes the token through identity first). */
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        var logout = new SecurityContextLogoutHandler();
        logout.setSecurityContextRepository(contexts);
        logout.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    SecurityContextRepository contexts() {
        return contexts;
    }

    CsrfTokenRepository csrfTokens() {
        return csrfTokens;
    }

    RequestCache requestCache() {
        return requestCache;
    }
}
