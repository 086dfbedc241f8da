package bd.gov.cleancare.chat.web;

import bd.gov.cleancare.chat.Chat;
import bd.gov.cleancare.platform.errors.ProblemException;
import bd.gov.cleancare.platform.realtime.AuthenticatedSocket;
import bd.gov.cleancare.platform.realtime.Fanout;
import bd.gov.cleancare.platform.realtime.Presence;
import bd.gov.cleancare.platform.security.AccessTokenVerifier;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * /ws/chat/{room_id}/ (seed §6): frames {"message", "message_type", "file_url"} in; every member,
 * on every instance, receives the stored message. Errors come back as {"type": "error", "error": …}.
 */
@Component
class ChatSocket extends AuthenticatedSocket {

    private final Chat chat;
    private final Presence presence;
    private final MessageSource messages;
    private final Map<String, Set<WebSocketSession>> rooms = new ConcurrentHashMap<>();

    ChatSocket(Chat chat, Presence presence, Fanout fanout, MessageSource messages, AccessTokenVerifier tokens, JsonMapper json, Clock clock) {
        super(tokens, json, clock);
        this.chat = chat;
        this.presence = presence;
        this.messages = messages;
        fanout.subscribe("cc:chat:*", (channel, payload) -> {
            var members = rooms.get(channel.substring("cc:chat:".length()));
            if (members != null) {
                members.forEach(session -> sendRaw(session, payload));
            }
        });
    }

    @Override
    protected void onAuthenticated(WebSocketSession session, CurrentUser user) {
        var room = roomOf(session);
        chat.admit(user, room);
        rooms.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(session);
        presence.connected(user.id());
    }

    @Override
    protected void onFrame(WebSocketSession session, CurrentUser user, JsonNode frame) {
        if (frame.has("type") && "ping".equals(frame.get("type").asString())) {
            send(session, Map.of("type", "pong"));
            return;
        }
        try {
            chat.send(user, roomOf(session), frame.path("message").asString(null), frame.path("message_type").asString(null),
                    frame.path("file_url").asString(null));
        } catch (ProblemException refused) {
            var text = messages.getMessage(refused.detail().key(), refused.detail().args(), refused.detail().key(),
                    java.util.Locale.forLanguageTag("bn"));
            send(session, Map.of("type", "error", "code", refused.detail().key(), "error", text));
        }
    }

    @Override
    protected void onClosed(WebSocketSession session, CurrentUser user) {
        var members = rooms.get(roomOf(session));
        if (members != null) {
            members.removeIf(s -> s.getId().equals(session.getId()));
        }
        presence.disconnected(user.id());
    }

    /** /ws/chat/{room_id} or /ws/chat/{room_id}/ */
    private static String roomOf(WebSocketSession session) {
        var path = session.getUri() == null ? "" : session.getUri().getPath();
        var parts = path.replaceAll("/+$", "").split("/");
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Route {

        @org.springframework.context.annotation.Bean
        bd.gov.cleancare.platform.realtime.SocketRoute chatRoute(ChatSocket socket) {
            return new bd.gov.cleancare.platform.realtime.SocketRoute(socket, "/ws/chat/*", "/ws/chat/*/");
        }
    }
}
