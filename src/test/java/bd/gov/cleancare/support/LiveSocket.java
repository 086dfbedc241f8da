package bd.gov.cleancare.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A WebSocket client as an app holds one: frames it received, in order, and how it was closed. */
public final class LiveSocket implements WebSocket.Listener, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Opens ws://… with the given handshake headers; fails with the handshake's HTTP status when refused. */
    public static LiveSocket open(String url, Map<String, String> headers) {
        var client = new LiveSocket();
        var builder = CLIENT.newWebSocketBuilder().connectTimeout(WAIT);
        headers.forEach(builder::header);
        try {
            client.socket = builder.buildAsync(URI.create(url), client).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new Refused(refused.getResponse().statusCode());
            }
            throw e;
        }
        return client;
    }

    public static LiveSocket open(String url) {
        return open(url, Map.of());
    }

    /** The server refused the handshake with this HTTP status. */
    public static final class Refused extends RuntimeException {
        public final int status;

        Refused(int status) {
            super("handshake refused: " + status);
            this.status = status;
        }
    }

    public LiveSocket send(Object frame) {
        socket.sendText(frame instanceof String text ? text : JSON.writeValueAsString(frame), true).join();
        return this;
    }

    /** The next frame that matches, skipping others; fails after {@link #WAIT}. */
    public JsonNode next(Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (true) {
                var frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new AssertionError("no matching frame within " + WAIT + (closed.isDone() ? "; closed with " + closed.join() : ""));
                }
                if (wanted.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next chat message (a frame without a "type"). */
    public JsonNode nextMessage() {
        return next(frame -> !frame.has("type"));
    }

    public JsonNode next(String type) {
        return next(frame -> type.equals(frame.path("type").asString("")));
    }

    /** Frames that arrive within {@code quiet} and match: none is what a test of "nobody else hears it" wants. */
    public long countWithin(Duration quiet, Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + quiet.toNanos();
        long count = 0;
        JsonNode frame;
        while ((frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            if (wanted.test(frame)) {
                count++;
            }
        }
        return count;
    }

    /** The close code the server sent; fails if it stays open. */
    public int closeCode() {
        try {
            return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the socket stayed open", e);
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(1006);
    }

    @Override
    public void close() {
        if (!closed.isDone() && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        socket.abort();
    }
}
