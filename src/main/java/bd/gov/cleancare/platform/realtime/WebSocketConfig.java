package bd.gov.cleancare.platform.realtime;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** Registers every module's WebSocket endpoint; sweeps expired or revoked tokens and renews presence. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {

    private final List<SocketRoute> routes;
    private final String[] allowedOrigins;

    WebSocketConfig(List<SocketRoute> routes, @Value("${cleancare.websocket.allowed-origins:*}") String[] allowedOrigins) {
        this.routes = routes;
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        for (var route : routes) {
            registry.addHandler(route.handler(), route.paths()).addInterceptors(route.handler()).setAllowedOriginPatterns(allowedOrigins);
        }
    }

    /** Well inside {@link Presence#TTL}, so a live connection never lapses. */
    @Scheduled(fixedRate = 15_000, initialDelay = 15_000)
    void sweep() {
        routes.forEach(route -> route.handler().sweep());
    }
}
