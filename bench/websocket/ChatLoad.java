import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * WebSocket load for the chat (issue 6), loopback only, bounded in count and time:
 * <ol>
 * <li>hold: open one authenticated socket per 1:1 member (citizens and their ward admins), check every
 * one answers a ping, and report the server's heap and RSS per idle connection;</li>
 * <li>one-to-one: citizens send to their ward office at a fixed total rate; the admin's socket measures
 * send-to-receive latency;</li>
 * <li>broadcast: a citizen's room with 100 members (the citizen and 99 admins of the ward), every member
 * sending in turn; each of the other 99 measures latency.</li>
 * </ol>
 * Sender and receivers share this JVM, so a message carries its System.nanoTime() send stamp.
 * Usage: java ChatLoad.java BASE_URL users.tsv [server-pid]; settings by environment (see {@link #env}).
 */
public class ChatLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String PASSWORD = env("PASSWORD", "Passw0rd!");
    static final int RATE = Integer.parseInt(env("RATE", "1000"));
    static final int SECONDS = Integer.parseInt(env("SECONDS", "30"));
    static final int WARMUP_SECONDS = Integer.parseInt(env("WARMUP_SECONDS", "10"));
    static final int BROADCAST_RATE = Integer.parseInt(env("BROADCAST_RATE", "40"));
    static final Path TOKENS = Path.of(env("TOKENS", "bench-results/ws-tokens.tsv"));

    record Member(String role, String id, String phone, String ward, String room) {
    }

    public static void main(String[] args) throws Exception {
        var base = args[0].replaceAll("/+$", "");
        var members = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t"))
                .map(f -> new Member(f[0], f[1], f[2], f[3], f[4])).toList();
        var pid = args.length > 2 ? args[2] : null;
        var tokens = tokens(base, members);
        var ws = base.replaceFirst("^http", "ws");

        var oneToOne = members.stream().filter(m -> m.role().startsWith("pair")).toList();
        var broadcast = members.stream().filter(m -> m.role().startsWith("broadcast")).toList();
        var heapBefore = heapAfterGc(pid);
        long rssBefore = rss(pid);

        var started = System.nanoTime();
        var pairSockets = open(ws, oneToOne, tokens);
        System.out.printf("hold: %d sockets open in %.1f s%n", pairSockets.size(), (System.nanoTime() - started) / 1e9);
        var answered = pingAll(pairSockets);
        System.out.printf("hold: %d of %d answered a ping%n", answered, pairSockets.size());
        long heapAfter = heapAfterGc(pid);
        long rssAfter = rss(pid);
        if (pid != null) {
            System.out.printf("hold: server heap %d → %d MiB (%.1f KiB per connection), RSS %d → %d MiB (%.1f KiB per connection)%n",
                    heapBefore >> 20, heapAfter >> 20, (heapAfter - heapBefore) / 1024.0 / pairSockets.size(),
                    rssBefore >> 20, rssAfter >> 20, (rssAfter - rssBefore) / 1024.0 / pairSockets.size());
        }

        var senders = pairSockets.stream().filter(s -> s.member.role().equals("pair-citizen")).toList();
        run("warm-up (one-to-one)", senders, RATE, WARMUP_SECONDS);
        run("one-to-one", senders, RATE, SECONDS);

        var roomSockets = open(ws, broadcast, tokens);
        pingAll(roomSockets);
        run("broadcast (" + roomSockets.size() + " members)", roomSockets, BROADCAST_RATE, SECONDS);

        pairSockets.forEach(Client::close);
        roomSockets.forEach(Client::close);
        System.exit(0);
    }

    /** Sends RATE messages a second for SECONDS, round robin over the senders, then waits for stragglers. */
    static void run(String name, List<Client> senders, int rate, int seconds) throws InterruptedException {
        Client.reset();
        long sent = 0;
        long begin = System.nanoTime();
        long total = (long) rate * seconds;
        var failures = new AtomicInteger();
        for (int i = 0; i < total; i++) {
            long due = begin + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            var sender = senders.get(i % senders.size());
            if (!sender.send("{\"message\":\"lt:" + System.nanoTime() + ":" + sender.index + "\"}")) {
                failures.incrementAndGet();
            }
            sent++;
        }
        double took = (System.nanoTime() - begin) / 1e9;
        TimeUnit.SECONDS.sleep(3);
        var latencies = Client.latencies();
        System.out.printf("%s: sent %d in %.1f s (%.0f msg/s, %d not sent: socket busy), %d deliveries measured, %d errors from the server%n",
                name, sent, took, sent / took, failures.get(), latencies.length, Client.errors.get());
        if (latencies.length > 0) {
            System.out.printf("%s: send-to-receive p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", name,
                    pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), latencies[latencies.length - 1] / 1e6);
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static List<Client> open(String ws, List<Member> members, Map<String, String> tokens) throws Exception {
        var clients = new ArrayList<Client>();
        var gate = new Semaphore(64);
        var futures = new ArrayList<CompletableFuture<Client>>();
        for (var member : members) {
            gate.acquire();
            var client = new Client(member, clients.size() + futures.size());
            var future = HTTP.newWebSocketBuilder().header("Authorization", "Bearer " + tokens.get(member.phone()))
                    .connectTimeout(Duration.ofSeconds(30)).buildAsync(URI.create(ws + "/ws/chat/" + member.room() + "/"), client)
                    .thenApply(socket -> client).whenComplete((c, e) -> gate.release());
            futures.add(future);
        }
        for (var future : futures) {
            var client = future.get(60, TimeUnit.SECONDS);
            client.ready.await(30, TimeUnit.SECONDS);
            clients.add(client);
        }
        return clients;
    }

    static int pingAll(List<Client> clients) throws InterruptedException {
        var pongs = new CountDownLatch(clients.size());
        clients.forEach(c -> {
            c.pong = pongs;
            c.send("{\"type\":\"ping\"}");
        });
        pongs.await(30, TimeUnit.SECONDS);
        return clients.size() - (int) pongs.getCount();
    }

    /** Logs each member in once (bcrypt is slow by design) and keeps the tokens for the next run. */
    static Map<String, String> tokens(String base, List<Member> members) throws Exception {
        var tokens = new ConcurrentHashMap<String, String>();
        if (Files.exists(TOKENS) && Files.getLastModifiedTime(TOKENS).toMillis() > System.currentTimeMillis() - 12 * 3600_000L) {
            for (var line : Files.readAllLines(TOKENS)) {
                var parts = line.split("\t");
                tokens.put(parts[0], parts[1]);
            }
        }
        var missing = members.stream().map(Member::phone).distinct().filter(p -> !tokens.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            System.out.printf("logging in %d users…%n", missing.size());
            var logins = new ArrayList<java.util.concurrent.Future<?>>();
            try (var pool = Executors.newFixedThreadPool(8)) {
                for (var phone : missing) {
                    logins.add(pool.submit(() -> {
                        var body = "{\"phone\":\"" + phone + "\",\"password\":\"" + PASSWORD + "\"}";
                        var response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login/"))
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        var text = response.body();
                        int at = text.indexOf("\"access_token\":\"");
                        if (response.statusCode() != 200 || at < 0) {
                            throw new IllegalStateException("login " + phone + ": " + response.statusCode() + " " + text);
                        }
                        tokens.put(phone, text.substring(at + 16, text.indexOf('"', at + 16)));
                        return null;
                    }));
                }
            }
            for (var login : logins) {
                login.get();
            }
            Files.createDirectories(TOKENS.getParent());
            var lines = new ArrayList<String>();
            tokens.forEach((phone, token) -> lines.add(phone + "\t" + token));
            Files.write(TOKENS, lines);
        }
        return tokens;
    }

    static long heapAfterGc(String pid) throws IOException, InterruptedException {
        if (pid == null) {
            return 0;
        }
        command("jcmd", pid, "GC.run");
        var info = command("jcmd", pid, "GC.heap_info");
        // "garbage-first heap   total reserved 4194304K, committed 262144K, used 123456K"
        var matcher = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        return matcher.find() ? Long.parseLong(matcher.group(1)) * 1024 : 0;
    }

    static long rss(String pid) throws IOException {
        if (pid == null) {
            return 0;
        }
        for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }

    static String command(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One socket: counts what it hears and measures the latency of messages others sent. */
    static final class Client implements WebSocket.Listener {

        static final int CAPACITY = 4_000_000;
        static final AtomicLongArray samples = new AtomicLongArray(CAPACITY);
        static final AtomicInteger count = new AtomicInteger();
        static final AtomicLong errors = new AtomicLong();

        final Member member;
        final int index;
        final CountDownLatch ready = new CountDownLatch(1);
        volatile CountDownLatch pong;
        volatile WebSocket socket;
        volatile CompletableFuture<WebSocket> lastSend = CompletableFuture.completedFuture(null);
        private final StringBuilder partial = new StringBuilder();

        Client(Member member, int index) {
            this.member = member;
            this.index = index;
        }

        static void reset() {
            count.set(0);
            errors.set(0);
        }

        static long[] latencies() {
            int n = Math.min(count.get(), CAPACITY);
            var values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = samples.get(i);
            }
            Arrays.sort(values);
            return values;
        }

        /** False when the previous frame is still on its way (the API allows one outstanding send). */
        synchronized boolean send(String text) {
            if (!lastSend.isDone()) {
                return false;
            }
            lastSend = socket.sendText(text, true);
            return true;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                heard(partial, now);
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void heard(CharSequence frame, long now) {
            var text = frame.toString();
            int at = text.indexOf("\"message\":\"lt:");
            if (at >= 0) {
                int stampEnd = text.indexOf(':', at + 14);
                int senderEnd = text.indexOf('"', stampEnd);
                if (Integer.parseInt(text, stampEnd + 1, senderEnd, 10) != index) {
                    int i = count.getAndIncrement();
                    if (i < CAPACITY) {
                        samples.set(i, now - Long.parseLong(text, at + 14, stampEnd, 10));
                    }
                }
            } else if (text.contains("\"type\":\"ready\"")) {
                ready.countDown();
            } else if (text.contains("\"type\":\"pong\"")) {
                var latch = pong;
                if (latch != null) {
                    latch.countDown();
                }
            } else if (text.contains("\"type\":\"error\"")) {
                if (errors.incrementAndGet() <= 3) {
                    System.out.println("server said: " + text);
                }
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            System.out.println("closed " + member.phone() + ": " + statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            System.out.println("socket error " + member.phone() + ": " + error);
        }

        void close() {
            if (socket != null) {
                socket.abort();
            }
        }
    }
}
