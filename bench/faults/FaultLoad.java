import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The fault scripts' client: WORKERS citizens (+8801500000001…) each sign in once, then file
 * complaints (and, with "payments", start a sandbox payment every third request) for SECONDS.
 * It writes the id of every acknowledged write (2xx with an id in the body) to OUTDIR, counts the
 * failures by status, and prints one line per second of sending (acknowledged, failed, slowest) and a summary.
 *
 * Complaints are sent once: a POST that failed may still have been committed, so retrying it
 * blindly could file the complaint twice. Payments carry an Idempotency-Key and are retried (up to
 * 3 times, 1 s apart) with the same key: the app answers a replay with the same payment.
 *
 *   java bench/faults/FaultLoad.java BASE SECONDS WORKERS OUTDIR [payments]
 */
public class FaultLoad {

    static final Pattern ID = Pattern.compile("\"(?:id|payment_id)\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    static final Map<Long, long[]> perSecond = new ConcurrentHashMap<>(); // second sent -> {ok, failed, slowest ms}
    static final Queue<String> complaintIds = new ConcurrentLinkedQueue<>();
    static final Queue<String> paymentIds = new ConcurrentLinkedQueue<>();
    static long start;

    public static void main(String[] args) throws Exception {
        var base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int workers = Integer.parseInt(args[2]);
        var out = Path.of(args[3]);
        boolean payments = args.length > 4 && args[4].equals("payments");
        Files.createDirectories(out);
        start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        var done = new CountDownLatch(workers);
        for (int w = 1; w <= workers; w++) {
            int citizen = w;
            Thread.ofVirtual().start(() -> {
                try {
                    work(base, citizen, end, payments);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        // the timeline at the end: a slow request counts under the second it was sent in
        long last = perSecond.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
        for (long t = 0; t <= last; t++) {
            var row = perSecond.getOrDefault(t, new long[3]);
            System.out.printf("t=%ds ok=%d failed=%d slowest=%dms%n", t, row[0], row[1], row[2]);
        }
        Files.write(out.resolve("complaints.ids"), complaintIds);
        Files.write(out.resolve("payments.ids"), paymentIds);
        var sorted = new TreeMap<String, Long>();
        counts.forEach((k, v) -> sorted.put(k, v.get()));
        var summary = new StringBuilder();
        sorted.forEach((k, v) -> summary.append(k).append('=').append(v).append('\n'));
        summary.append("complaints_acknowledged=").append(complaintIds.size()).append('\n');
        summary.append("payments_acknowledged=").append(paymentIds.size()).append('\n');
        Files.writeString(out.resolve("summary.txt"), summary);
        System.out.print(summary);
    }

    static void work(String base, int citizen, long end, boolean payments) {
        var phone = "+88015" + String.format("%08d", citizen);
        String token = null;
        long n = 0;
        while (System.nanoTime() < end) {
            try {
                if (token == null) {
                    var r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login")).header("Content-Type", "application/json")
                            .POST(body("{\"phone\":\"" + phone + "\",\"password\":\"Passw0rd!\"}")));
                    var m = TOKEN.matcher(r.body());
                    if (r.statusCode() == 200 && m.find()) {
                        token = m.group(1);
                        count("login_ok");
                    } else {
                        count("login_failed_" + r.statusCode());
                        pause(500);
                    }
                    continue;
                }
                n++;
                if (payments && n % 3 == 0) {
                    pay(base, token);
                } else {
                    file(base, token, citizen, n);
                }
            } catch (IOException e) {
                count("login_failed_io");
                pause(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static void file(String base, String token, int citizen, long n) throws InterruptedException {
        var json = """
                {"title":"Fault test %d-%d","description":"Garbage not collected for two days","category":"waste_management",
                 "priority":"medium","location":"Road 1","ward_number":"1","city_corporation":"DSCC"}""".formatted(citizen, n);
        long sentAt = System.nanoTime();
        try {
            var r = send(authorized(base + "/api/v1/complaints", token).POST(body(json)));
            if (r.statusCode() == 201 && ID.matcher(r.body()).find()) {
                var m = ID.matcher(r.body());
                m.find();
                complaintIds.add(m.group(1));
                tick(true, sentAt);
                count("complaint_ok");
            } else {
                tick(false, sentAt);
                count("complaint_failed_" + r.statusCode());
            }
        } catch (IOException e) {
            tick(false, sentAt);
            count("complaint_failed_io");
        }
    }

    static void pay(String base, String token) throws InterruptedException {
        var key = UUID.randomUUID().toString();
        long sentAt = System.nanoTime();
        var json = "{\"service_type\":\"waste_collection\",\"amount\":100,\"payment_method\":\"bkash\",\"phone_number\":\"01700000000\"}";
        for (int attempt = 1; attempt <= 4; attempt++) {
            String failure;
            try {
                var r = send(authorized(base + "/api/v1/payments/process", token).header("Idempotency-Key", key).POST(body(json)));
                var m = ID.matcher(r.body());
                if ((r.statusCode() == 201 || r.statusCode() == 200) && m.find()) {
                    paymentIds.add(m.group(1));
                    tick(true, sentAt);
                    count(attempt == 1 ? "payment_ok" : "payment_ok_after_retry");
                    if (r.body().contains("\"replayed\":true")) {
                        count("payment_replayed");
                    }
                    return;
                }
                failure = "payment_failed_" + r.statusCode();
            } catch (IOException e) {
                failure = "payment_failed_io";
            }
            count(failure);
            if (attempt < 4) {
                count("payment_retried");
                pause(1000);
            }
        }
        tick(false, sentAt);
        count("payment_gave_up");
    }

    static HttpRequest.Builder authorized(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").header("Authorization", "Bearer " + token);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    static void count(String key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Counts a write under the second it was sent in, with its latency. */
    static void tick(boolean ok, long sentAt) {
        long second = (sentAt - start) / 1_000_000_000L;
        long millis = (System.nanoTime() - sentAt) / 1_000_000L;
        var row = perSecond.computeIfAbsent(second, s -> new long[3]);
        synchronized (row) {
            row[ok ? 0 : 1]++;
            row[2] = Math.max(row[2], millis);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
