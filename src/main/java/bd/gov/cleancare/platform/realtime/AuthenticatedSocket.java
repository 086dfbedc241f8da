package bd.gov.cleancare.platform.realtime;

import bd.gov.cleancare.platform.errors.ProblemException;
import bd.gov.cleancare.platform.security.AccessTokenVerifier;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebSocket whose user is proven by an access token: in the Authorization header or a
 * {@code token} query parameter at the handshake, or as the first frame {"token": "…"}. Until then
 * nothing else is accepted. A token that expires or is revoked closes the socket (checked on a sweep).
 */
public abstract class AuthenticatedSocket extends TextWebSocketHandler implements HandshakeInterceptor {

    public static final CloseStatus POLICY = CloseStatus.POLICY_VIOLATION;
    protected static final String USER = "cc.user";
    private static final Logger log = LoggerFactory.getLogger(AuthenticatedSocket.class);

    protected final AccessTokenVerifier tokens;
    protected final JsonMapper json;
    protected final Clock clock;
    private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();

    protected AuthenticatedSocket(AccessTokenVerifier tokens, JsonMapper json, Clock clock) {
        this.tokens = tokens;
        this.json = json;
        this.clock = clock;
    }

    /** The user is known and the socket is theirs: join rooms, mark presence. Throwing closes the socket. */
    protected abstract void onAuthenticated(WebSocketSession session, CurrentUser user) throws Exception;

    /** A frame from an authenticated user. */
    protected abstract void onFrame(WebSocketSession session, CurrentUser user, JsonNode frame) throws Exception;

    protected abstract void onClosed(WebSocketSession session, CurrentUser user);

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        var token = token(request);
        if (token == null) {
            return true;
        }
        try {
            attributes.put(USER, tokens.verify(token));
            return true;
        } catch (ProblemException invalid) {
            response.setStatusCode(org.springframework.http.HttpStatus.UNAUTHORIZED);
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws Exception {
        var session = new ConcurrentWebSocketSessionDecorator(raw, 5_000, 256 * 1024);
        open.put(raw.getId(), session);
        var user = (CurrentUser) raw.getAttributes().get(USER);
        if (user != null) {
            start(session, user);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage message) throws Exception {
        var session = open.getOrDefault(raw.getId(), raw);
        JsonNode frame;
        try {
            frame = json.readTree(message.getPayload());
        } catch (RuntimeException malformed) {
            send(session, Map.of("type", "error", "error", "malformed frame"));
            return;
        }
        var user = (CurrentUser) raw.getAttributes().get(USER);
        if (user == null) {
            var token = frame.path("token").asString(null);
            try {
                user = tokens.verify(token == null ? "" : token);
            } catch (ProblemException invalid) {
                session.close(POLICY.withReason("authentication required"));
                return;
            }
            raw.getAttributes().put(USER, user);
            start(session, user);
            return;
        }
        onFrame(session, user, frame);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession raw, CloseStatus status) {
        var session = open.remove(raw.getId());
        var user = (CurrentUser) raw.getAttributes().get(USER);
        if (session != null && user != null && Boolean.TRUE.equals(raw.getAttributes().get("cc.started"))) {
            onClosed(session, user);
        }
    }

    /** Closes sockets whose token has expired or been revoked since they connected. */
    public void sweep() {
        for (var session : open.values()) {
            var user = (CurrentUser) session.getAttributes().get(USER);
            if (user == null || user.tokenExpiresAt() == null) {
                continue;
            }
            boolean expired = !clock.instant().isBefore(user.tokenExpiresAt());
            boolean revoked = !expired && isRevoked(user);
            if (expired || revoked) {
                closeQuietly(session, POLICY.withReason(expired ? "token expired" : "token revoked"));
            }
        }
    }

    public int openSockets() {
        return open.size();
    }

    /** The users this instance holds sockets for (their presence is renewed while connected). */
    public java.util.Set<java.util.UUID> connectedUsers() {
        var users = new java.util.HashSet<java.util.UUID>();
        for (var session : open.values()) {
            if (session.getAttributes().get(USER) instanceof CurrentUser user) {
                users.add(user.id());
            }
        }
        return users;
    }

    private boolean isRevoked(CurrentUser user) {
        return user.tokenId() != null && tokens.isRevoked(user.tokenId());
    }

    protected void send(WebSocketSession session, Object payload) {
        sendRaw(session, json.writeValueAsString(payload));
    }

    protected void sendRaw(WebSocketSession session, String payload) {
        try {
            if (session.isOpen()) {
                session.sendMessage(new TextMessage(payload));
            }
        } catch (IOException | RuntimeException e) {
            log.debug("dropping a slow or closed WebSocket {}: {}", session.getId(), e.getMessage());
            closeQuietly(session, CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    protected static void closeQuietly(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException ignored) {
            // already gone
        }
    }

    private void start(WebSocketSession session, CurrentUser user) throws IOException {
        try {
            onAuthenticated(session, user);
            session.getAttributes().put("cc.started", true);
            send(session, Map.of("type", "ready", "user_id", user.id().toString()));
        } catch (ProblemException refused) {
            session.close(POLICY.withReason(refused.detail().key()));
        } catch (Exception e) {
            log.warn("WebSocket start failed", e);
            session.close(CloseStatus.SERVER_ERROR);
        }
    }

    private static String token(ServerHttpRequest request) {
        var header = request.getHeaders().getFirst("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        if (request instanceof ServletServerHttpRequest servlet) {
            var query = servlet.getServletRequest().getParameter("token");
            if (query != null && !query.isBlank()) {
                return query.strip();
            }
        }
        return null;
    }
}
