package bd.gov.cleancare.chat.web;

import bd.gov.cleancare.chat.Chat;
import bd.gov.cleancare.chat.ChatProperties;
import bd.gov.cleancare.chat.internal.Rooms;
import bd.gov.cleancare.platform.errors.ProblemException;
import bd.gov.cleancare.platform.realtime.AuthenticatedSocket;
import bd.gov.cleancare.platform.realtime.SocketRoute;
import bd.gov.cleancare.platform.realtime.SocketSupport;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.JsonNode;

/**
 * /ws/chat/{room_id}/ (seed §6): frames {"message", "message_type", "file_url"} in; every member,
 * on every instance, receives the stored message. Refusals come back as {"type": "error", "code", "error"}.
 */
@Component
class ChatSocket extends AuthenticatedSocket {

    private static final String ADMITTED = "cc.admitted";

    private final Chat chat;
    private final Duration admissionTtl;
    private final Map<String, Set<WebSocketSession>> rooms = new ConcurrentHashMap<>();

    /** The room as checked at {@code at} (System.nanoTime). */
    private record Admission(Rooms.Room room, long at) {
    }

    ChatSocket(Chat chat, ChatProperties properties, SocketSupport support) {
        super(support);
        this.chat = chat;
        this.admissionTtl = properties.admissionTtl();
        support.fanout().subscribe(Chat.CHANNEL_PREFIX + "*", (channel, payload) -> {
            var members = rooms.get(channel.substring(Chat.CHANNEL_PREFIX.length()));
            if (members != null) {
                members.forEach(session -> sendRaw(session, payload));
            }
        });
    }

    @Override
    protected void onAuthenticated(WebSocketSession session, CurrentUser user) {
        var room = roomOf(session);
        session.getAttributes().put(ADMITTED, new Admission(chat.admit(user, room), System.nanoTime()));
        rooms.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(session);
    }

    @Override
    protected List<String> places(WebSocketSession session) {
        return List.of(Chat.place(roomOf(session)));
    }

    @Override
    protected void onFrame(WebSocketSession session, CurrentUser user, JsonNode frame) {
        Rooms.Room room;
        try {
            room = admission(session, user);
        } catch (ProblemException noLongerAMember) {
            close(session, CloseStatus.POLICY_VIOLATION.withReason(noLongerAMember.detail().key()));
            return;
        }
        try {
            chat.send(user, room, frame.path("message").asString(null), frame.path("message_type").asString(null),
                    frame.path("file_url").asString(null));
        } catch (ProblemException refused) {
            sendError(session, refused);
        }
    }

    @Override
    protected void onClosed(WebSocketSession session, CurrentUser user) {
        rooms.computeIfPresent(roomOf(session), (room, members) -> {
            members.removeIf(member -> member.getId().equals(session.getId()));
            return members.isEmpty() ? null : members;
        });
    }

    /** Membership was checked at connect; it is checked again once it is older than the admission TTL. */
    private Rooms.Room admission(WebSocketSession session, CurrentUser user) {
        var admitted = (Admission) session.getAttributes().get(ADMITTED);
        if (System.nanoTime() - admitted.at() < admissionTtl.toNanos()) {
            return admitted.room();
        }
        var room = chat.admit(user, admitted.room().id());
        session.getAttributes().put(ADMITTED, new Admission(room, System.nanoTime()));
        return room;
    }

    /** /ws/chat/{room_id} or /ws/chat/{room_id}/ */
    private static String roomOf(WebSocketSession session) {
        var path = session.getUri() == null ? "" : session.getUri().getPath();
        var parts = path.replaceAll("/+$", "").split("/");
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }

    @Configuration(proxyBeanMethods = false)
    static class Route {

        @Bean
        SocketRoute chatRoute(ChatSocket socket) {
            return new SocketRoute(socket, "/ws/chat/*", "/ws/chat/*/");
        }
    }
}
