package bd.gov.cleancare.notifications.web;

import bd.gov.cleancare.notifications.Notifications;
import bd.gov.cleancare.platform.realtime.AuthenticatedSocket;
import bd.gov.cleancare.platform.realtime.SocketRoute;
import bd.gov.cleancare.platform.realtime.SocketSupport;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.JsonNode;

/** /ws/notifications/: each new notification of the user, pushed to all their open connections on any instance. */
@Component
class NotificationSocket extends AuthenticatedSocket {

    private final Map<UUID, Set<WebSocketSession>> byUser = new ConcurrentHashMap<>();

    NotificationSocket(SocketSupport support) {
        super(support);
        support.fanout().subscribe(Notifications.CHANNEL_PREFIX + "*", (channel, payload) -> {
            var sessions = byUser.get(UUID.fromString(channel.substring(Notifications.CHANNEL_PREFIX.length())));
            if (sessions != null) {
                sessions.forEach(session -> sendRaw(session, payload));
            }
        });
    }

    @Override
    protected void onAuthenticated(WebSocketSession session, CurrentUser user) {
        byUser.computeIfAbsent(user.id(), id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Nothing to say but ping, which the base answers. */
    @Override
    protected void onFrame(WebSocketSession session, CurrentUser user, JsonNode frame) {
    }

    @Override
    protected void onClosed(WebSocketSession session, CurrentUser user) {
        byUser.computeIfPresent(user.id(), (id, sessions) -> {
            sessions.removeIf(s -> s.getId().equals(session.getId()));
            return sessions.isEmpty() ? null : sessions;
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Route {

        @Bean
        SocketRoute notificationRoute(NotificationSocket socket) {
            return new SocketRoute(socket, "/ws/notifications", "/ws/notifications/");
        }
    }
}
