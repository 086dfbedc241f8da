package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.security.AccessTokenVerifier;
import bd.gov.cleancare.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
