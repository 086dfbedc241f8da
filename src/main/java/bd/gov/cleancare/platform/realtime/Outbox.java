package bd.gov.cleancare.platform.realtime;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * What one socket has yet to receive, in order, written by one virtual thread at a time: whoever
 * offers a frame never waits for the client, so one slow phone delays nobody else. A client that
 * falls {@link #LIMIT} frames behind is closed (1013); it reconnects and reads the history.
 */
final class Outbox {

    static final int LIMIT = 1_000;
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final WebSocketSession session;
    private final Queue<String> frames = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean overloaded = new AtomicBoolean();

    Outbox(WebSocketSession session) {
        this.session = session;
    }

    WebSocketSession session() {
        return session;
    }

    void offer(String frame) {
        if (queued.incrementAndGet() > LIMIT) {
            queued.decrementAndGet();
            if (overloaded.compareAndSet(false, true)) {
                // not on the caller's thread (Redis's subscription): the slow client may not take its close frame either
                Thread.startVirtualThread(() -> close(CloseStatus.SERVICE_OVERLOAD.withReason("too slow")));
            }
            return;
        }
        frames.add(frame);
        if (draining.compareAndSet(false, true)) {
            Thread.startVirtualThread(this::drain);
        }
    }

    void close(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException alreadyGone) {
            log.debug("closing WebSocket {}: {}", session.getId(), alreadyGone.getMessage());
        }
    }

    private void drain() {
        do {
            String frame;
            while ((frame = frames.poll()) != null) {
                queued.decrementAndGet();
                try {
                    if (session.isOpen()) {
                        session.sendMessage(new TextMessage(frame));
                    }
                } catch (IOException | RuntimeException e) {
                    log.debug("dropping WebSocket {}: {}", session.getId(), e.getMessage());
                    frames.clear();
                    close(CloseStatus.SESSION_NOT_RELIABLE);
                    draining.set(false);
                    return;
                }
            }
            draining.set(false);
            // a frame offered between the last poll and the reset must not wait for the next offer
        } while (!frames.isEmpty() && draining.compareAndSet(false, true));
    }
}
