package bd.gov.cleancare.platform.realtime;

import bd.gov.cleancare.platform.errors.ProblemException;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.Languages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.JsonNode;

/**
 * A WebSocket whose user is proven by an access token: in the Authorization header or a
 * {@code token} query parameter at the handshake, or as the first frame {"token": "…"}; or, for
 * this site's own pages, by the signed-in page session whose cookie comes with the handshake. Until then
 * nothing else is accepted. A token that expires or is revoked closes the socket (checked on a sweep).
 * While open, the connection keeps its user present (see {@link Presence}) in the places it names.
 */
public abstract class AuthenticatedSocket extends TextWebSocketHandler implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuthenticatedSocket.class);
    private static final String USER = "cc.user";
    private static final String SEATS = "cc.seats";

    private final SocketSupport support;
    private final Map<String, Outbox> open = new ConcurrentHashMap<>();

    protected AuthenticatedSocket(SocketSupport support) {
        this.support = support;
        // each on its own: one client that does not take its close frame must not hold up the others
        support.fanout().onInterruption(() -> open.values().forEach(
                outbox -> Thread.startVirtualThread(() -> outbox.close(CloseStatus.SERVICE_RESTARTED))));
    }

    /** The user is known: check they may be here and join. A {@link ProblemException} closes the socket with a policy violation. */
    protected abstract void onAuthenticated(WebSocketSession session, CurrentUser user);

    /** A frame from an authenticated user. */
    protected abstract void onFrame(WebSocketSession session, CurrentUser user, JsonNode frame);

    protected abstract void onClosed(WebSocketSession session, CurrentUser user);

    /** Where this connection makes its user present, besides {@link Presence#ANYWHERE}. */
    protected List<String> places(WebSocketSession session) {
        return List.of();
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        if (!support.fanout().healthy()) {
            // a socket now would miss what others send until Redis is back: come back shortly
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            response.getHeaders().set("Retry-After", "2");
            return false;
        }
        var token = token(request);
        if (token == null) {
            try {
                sessionUser(request).ifPresent(user -> attributes.put(USER, user));
            } catch (DataAccessResourceFailureException | QueryTimeoutException | RedisSystemException unavailable) {
                response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
                response.getHeaders().set("Retry-After", "5");
                return false;
            }
            // without a session the first frame may still bring a token
            return true;
        }
        try {
            attributes.put(USER, support.tokens().verify(token));
            return true;
        } catch (ProblemException invalid) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        } catch (DataAccessResourceFailureException | QueryTimeoutException unavailable) {
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            response.getHeaders().set("Retry-After", "5");
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        open.put(session.getId(), new Outbox(session));
        if (session.getAttributes().get(USER) instanceof CurrentUser user) {
            start(session, user);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        JsonNode frame;
        try {
            frame = support.json().readTree(message.getPayload());
        } catch (RuntimeException malformed) {
            send(session, Map.of("type", "error", "code", "frame.malformed", "error", text(session, "chat.frame.malformed")));
            return;
        }
        if (!(session.getAttributes().get(USER) instanceof CurrentUser user)) {
            authenticate(session, frame.path("token").asString(""));
            return;
        }
        if (!session.getAttributes().containsKey(SEATS)) {
            return; // refused at start and closing
        }
        if ("ping".equals(frame.path("type").asString(""))) {
            send(session, Map.of("type", "pong"));
            return;
        }
        try {
            onFrame(session, user, frame);
        } catch (DataAccessResourceFailureException | QueryTimeoutException | RedisSystemException unavailable) {
            // Redis or PostgreSQL is away (a dropped Redis connection is a RedisSystemException):
            // the client reconnects and reads what it missed.
            log.warn("closing a WebSocket: {}", unavailable.getMessage());
            session.close(CloseStatus.SERVICE_RESTARTED);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        if (open.remove(session.getId()) == null || !(session.getAttributes().get(SEATS) instanceof List<?> seats)) {
            return;
        }
        onClosed(session, (CurrentUser) session.getAttributes().get(USER));
        try {
            seats.forEach(seat -> support.presence().leave((Presence.Seat) seat));
        } catch (DataAccessResourceFailureException | QueryTimeoutException | RedisSystemException unavailable) {
            log.debug("presence lapses by itself: {}", unavailable.getMessage());
        }
    }

    /**
     * Closes sockets whose token has expired or been revoked since they connected; renews the others'
     * presence. Revocations are asked for all sockets in one Redis round trip: thousands of single
     * calls would queue ahead of the messages sharing the connection.
     */
    public void sweep() {
        var live = new ArrayList<Outbox>();
        var tokens = new ArrayList<java.util.UUID>();
        for (var outbox : open.values()) {
            if (!(outbox.session().getAttributes().get(USER) instanceof CurrentUser user)) {
                continue;
            }
            if (user.tokenExpiresAt() != null && !support.clock().instant().isBefore(user.tokenExpiresAt())) {
                outbox.close(CloseStatus.POLICY_VIOLATION.withReason("token expired"));
                continue;
            }
            live.add(outbox);
            if (user.tokenId() != null) {
                tokens.add(user.tokenId());
            }
        }
        var revoked = support.tokens().revokedAmong(tokens);
        var present = new ArrayList<Presence.Seat>();
        for (var outbox : live) {
            var session = outbox.session();
            var user = (CurrentUser) session.getAttributes().get(USER);
            if (user.tokenId() != null && revoked.contains(user.tokenId())) {
                outbox.close(CloseStatus.POLICY_VIOLATION.withReason("token revoked"));
            } else if (session.getAttributes().get(SEATS) instanceof List<?> seats) {
                seats.forEach(seat -> present.add((Presence.Seat) seat));
            }
        }
        support.presence().renew(present);
    }

    public int openSockets() {
        return open.size();
    }

    protected void send(WebSocketSession session, Object payload) {
        sendRaw(session, support.json().writeValueAsString(payload));
    }

    /** Closes the socket (after what is already queued for it, as far as the client reads it). */
    protected void close(WebSocketSession session, CloseStatus status) {
        var outbox = open.get(session.getId());
        if (outbox != null) {
            outbox.close(status);
        }
    }

    /** Queues the frame for the socket without waiting for the client. */
    protected void sendRaw(WebSocketSession session, String payload) {
        var outbox = open.get(session.getId());
        if (outbox != null) {
            outbox.offer(payload);
        }
    }

    /** A refusal, as a frame in the language the client's handshake asked for. */
    protected void sendError(WebSocketSession session, ProblemException refused) {
        var detail = refused.detail();
        var text = support.messages().getMessage(detail.key(), detail.args(), detail.key(), locale(session));
        send(session, Map.of("type", "error", "code", detail.key(), "error", text));
    }

    private void authenticate(WebSocketSession session, String token) throws IOException {
        CurrentUser user;
        try {
            user = support.tokens().verify(token);
        } catch (ProblemException invalid) {
            session.close(CloseStatus.POLICY_VIOLATION.withReason("authentication required"));
            return;
        }
        session.getAttributes().put(USER, user);
        start(session, user);
    }

    private void start(WebSocketSession session, CurrentUser user) throws IOException {
        try {
            onAuthenticated(session, user);
        } catch (ProblemException refused) {
            session.close(CloseStatus.POLICY_VIOLATION.withReason(refused.detail().key()));
            return;
        }
        var seats = new ArrayList<Presence.Seat>();
        seats.add(new Presence.Seat(Presence.ANYWHERE, user.id(), session.getId()));
        places(session).forEach(place -> seats.add(new Presence.Seat(place, user.id(), session.getId())));
        support.presence().renew(seats);
        session.getAttributes().put(SEATS, List.copyOf(seats));
        send(session, Map.of("type", "ready", "user_id", user.id().toString()));
    }

    private String text(WebSocketSession session, String key) {
        return support.messages().getMessage(key, null, key, locale(session));
    }

    private static Locale locale(WebSocketSession session) {
        return Languages.of(session.getHandshakeHeaders().getFirst("Accept-Language"));
    }

    /** A page's socket: the user of its session (same origin only; see WebSessions.userOf). */
    private java.util.Optional<CurrentUser> sessionUser(ServerHttpRequest request) {
        if (request instanceof ServletServerHttpRequest servlet) {
            return support.pageSessions().userOf(servlet.getServletRequest(), support.clock().instant());
        }
        return java.util.Optional.empty();
    }

    private static String token(ServerHttpRequest request) {
        var header = request.getHeaders().getFirst("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
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
