package bd.gov.cleancare.platform.security;

import bd.gov.cleancare.platform.errors.Message;
import bd.gov.cleancare.platform.web.Problems;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The API is stateless: a bearer token per request, no session, no CSRF (no cookies to ride on). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfig {

    /** Always open: documentation, health probes, metrics scraping, media and the error page. */
    private static final List<String> INFRASTRUCTURE = List.of(
            "/api/openapi.json", "/api/openapi.json/**", "/api/docs", "/api/docs/**", "/swagger-ui/**",
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
            "/media/**", "/error", "/ws/**");

    @Bean
    SecurityFilterChain api(HttpSecurity http, AccessTokenVerifier verifier, Problems problems,
            List<PublicRoutes> publicRoutes, StringRedisTemplate redis, RateLimitProperties rateLimits) throws Exception {
        var open = new java.util.ArrayList<>(INFRASTRUCTURE);
        var openReads = new java.util.ArrayList<String>();
        publicRoutes.forEach(routes -> routes.patterns().forEach(pattern -> {
            if (pattern.startsWith("GET ")) {
                openReads.add(pattern.substring(4));
            } else {
                open.add(pattern);
            }
        }));
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.GET, openReads.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, new Message("problem.unauthorized")))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, new Message("problem.forbidden"))))
                .addFilterBefore(new BearerTokens(verifier, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new RateLimits(redis, rateLimits, problems), BearerTokens.class);
        return http.build();
    }

    /** No form or basic login exists; this keeps Boot from generating a default user. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
