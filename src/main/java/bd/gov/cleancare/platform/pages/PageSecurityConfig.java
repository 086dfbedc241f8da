package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.security.AccessTokenVerifier;
import java.time.Clock;
import bd.gov.cleancare.platform.security.UserType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The pages' security chain, checked before the API's (which keeps every other request, stateless):
 * a session cookie (HttpOnly, SameSite=Lax, Secure in production: server.servlet.session.cookie),
 * CSRF tokens on every form, a strict CSP. Signing in and out is done by the identity pages through
 * {@link WebSessions}, so no password logic lives here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PageSecurityConfig {

    /** Open to everyone: assets, the error page, and the pages each module declares public. */
    private static final List<String> ALWAYS_OPEN = List.of("/css/**", "/js/**", "/vendor/**", "/favicon.ico", "/error");

    private static final String[] STAFF = Arrays.stream(UserType.values()).filter(UserType::isStaff).map(UserType::code).toArray(String[]::new);

    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http, WebSessions sessions, AccessTokenVerifier tokens, Clock clock,
            WebPageProperties properties, List<PublicPages> publicPages, PageStyles styles) throws Exception {
        var open = new ArrayList<>(ALWAYS_OPEN);
        publicPages.forEach(pages -> open.addAll(pages.patterns()));
        var login = new LoginUrlAuthenticationEntryPoint("/login");
        http.securityMatcher(PagePaths::isPage)
                .securityContext(context -> context.securityContextRepository(sessions.contexts()))
                .csrf(csrf -> csrf.csrfTokenRepository(sessions.csrfTokens()))
                .requestCache(cache -> cache.requestCache(sessions.requestCache()))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        // the staff console: what each member may see is the services' decision, citizens never enter
                        .requestMatchers("/staff", "/staff/**").hasAnyRole(STAFF)
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, missing) -> {
                            if ("true".equals(request.getHeader("HX-Request"))) {
                                // a live refresh after the session ended: the whole page goes to login, not the login page into a fragment
                                response.setHeader("HX-Redirect", "/login");
                                response.setStatus(204);
                            } else {
                                login.commence(request, response, missing);
                            }
                        })
                        // a missing or stale CSRF token, or a page above the user's role: the HTML error page
                        .accessDeniedHandler((request, response, denied) -> response.sendError(403)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.of(properties.mapTileUrl(), styles.cspSource())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .addFilterAfter(new SessionValidity(tokens, sessions, clock), SecurityContextHolderFilter.class);
        return http.build();
    }
}
