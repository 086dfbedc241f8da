import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one WebSocket open for SECONDS and prints what happens to it, one line per event with the
 * wall clock (epoch seconds): open, message, close (code, reason), error; reconnects 1 s after a loss.
 *   java bench/faults/WsProbe.java ws://127.0.0.1:18081/ws/notifications/?token=… SECONDS
 */
public class WsProbe {
    static void say(String event) {
        System.out.printf("%.1f %s%n", System.currentTimeMillis() / 1000.0, event);
        System.out.flush();
    }

    public static void main(String[] args) throws Exception {
        var uri = URI.create(args[0]);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[1]));
        var http = HttpClient.newHttpClient();
        while (System.nanoTime() < end) {
            var closed = new CompletableFuture<Void>();
            try {
                var socket = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
                    public void onOpen(WebSocket ws) {
                        say("open");
                        ws.request(Long.MAX_VALUE);
                    }
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        say("message " + data.toString().replaceAll("\\s+", " ").substring(0, Math.min(120, data.length())));
                        return null;
                    }
                    public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                        say("close " + code + " " + reason);
                        closed.complete(null);
                        return null;
                    }
                    public void onError(WebSocket ws, Throwable error) {
                        say("error " + error);
                        closed.complete(null);
                    }
                }).get(5, TimeUnit.SECONDS);
                long left = end - System.nanoTime();
                try {
                    closed.get(Math.max(1, left), TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.TimeoutException stillOpen) {
                    socket.sendClose(WebSocket.NORMAL_CLOSURE, "probe done");
                    say("still open at the end");
                    return;
                }
            } catch (Exception e) {
                say("connect failed " + (e.getCause() != null ? e.getCause() : e));
            }
            Thread.sleep(1000);
        }
    }
}
