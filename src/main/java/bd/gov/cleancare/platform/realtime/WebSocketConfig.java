package bd.gov.cleancare.platform.realtime;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

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

    /**
     * Text frames up to 8,192 characters (a 2,000-character message in JSON fits); no binary frames
     * are read, so their buffer is small; a client silent for ten minutes (no message, no ping) is gone.
     */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(8192);
        container.setMaxBinaryMessageBufferSize(1024);
        container.setMaxSessionIdleTimeout(Duration.ofMinutes(10).toMillis());
        return container;
    }

    /** Well inside {@link Presence#TTL}, so a live connection never lapses. */
    @Scheduled(fixedRate = 15_000, initialDelay = 15_000)
    void sweep() {
        routes.forEach(route -> route.handler().sweep());
    }
}
