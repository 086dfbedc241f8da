package bd.gov.cleancare.notifications.web;

import bd.gov.cleancare.platform.realtime.AuthenticatedSocket;
import bd.gov.cleancare.platform.realtime.Fanout;
import bd.gov.cleancare.platform.realtime.Presence;
import bd.gov.cleancare.platform.realtime.SocketRoute;
import bd.gov.cleancare.platform.security.AccessTokenVerifier;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /ws/notifications/: each new notification of the user, pushed to all their open connections on any instance. */
@Component
class NotificationSocket extends AuthenticatedSocket {

    private final Presence presence;
    private final Map<UUID, Set<WebSocketSession>> byUser = new ConcurrentHashMap<>();

    NotificationSocket(Presence presence, Fanout fanout, AccessTokenVerifier tokens, JsonMapper json, Clock clock) {
        super(tokens, json, clock);
        this.presence = presence;
        fanout.subscribe("cc:notify:*", (channel, payload) -> {
            var sessions = byUser.get(UUID.fromString(channel.substring("cc:notify:".length())));
            if (sessions != null) {
                sessions.forEach(session -> sendRaw(session, payload));
            }
        });
    }

    @Override
    protected void onAuthenticated(WebSocketSession session, CurrentUser user) {
        byUser.computeIfAbsent(user.id(), id -> ConcurrentHashMap.newKeySet()).add(session);
        presence.connected(user.id());
    }

    @Override
    protected void onFrame(WebSocketSession session, CurrentUser user, JsonNode frame) {
        send(session, Map.of("type", "pong"));
    }

    @Override
    protected void onClosed(WebSocketSession session, CurrentUser user) {
        var sessions = byUser.get(user.id());
        if (sessions != null) {
            sessions.removeIf(s -> s.getId().equals(session.getId()));
        }
        presence.disconnected(user.id());
    }

    @Configuration(proxyBeanMethods = false)
    static class Route {

        @Bean
        SocketRoute notificationRoute(NotificationSocket socket) {
            return new SocketRoute(socket, "/ws/notifications", "/ws/notifications/");
        }
    }
}
