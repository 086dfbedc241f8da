import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Mixed citizen and staff traffic against one base URL (nginx in front of the instances), loopback
 * only and bounded in time (issue 9). Every route has its own fixed number of closed-loop workers,
 * all running at once, and its own latency record, so the report gives throughput and p50/p99 per
 * route under the mix rather than one route at a time.
 * <p>
 * Usage: java MixedLoad.java BASE_URL citizens.tsv (phone, own complaint id per line); environment:
 * SECONDS (30), WARMUP_SECONDS (5), PASSWORD, SUPER_ADMIN, WORKERS (route=n,… overrides).
 */
public class MixedLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String PASSWORD = env("PASSWORD", "Passw0rd!");
    static final int SECONDS = Integer.parseInt(env("SECONDS", "30"));
    static final int WARMUP_SECONDS = Integer.parseInt(env("WARMUP_SECONDS", "5"));
    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    record Citizen(String phone, String complaintId, String token, String userId) {
    }

    /** A route's workers run {@code call} in a loop; it returns the HTTP status of the (last) request. */
    interface Call {
        int run(ThreadLocalRandom random) throws Exception;
    }

    record Route(String name, int workers, Call call) {
    }

    static final class Record {
        final List<Long> nanos = new ArrayList<>();
        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final AtomicInteger failures = new AtomicInteger();

        synchronized void add(long took) {
            nanos.add(took);
        }
    }

    static volatile boolean measuring;
    static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        var base = args[0].replaceAll("/+$", "");
        var api = base + "/api/v1";
        var lines = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        var superAdmin = login(api, env("SUPER_ADMIN", "+8801700000000"));
        var citizens = new ArrayList<Citizen>();
        for (var l : lines.subList(0, Math.min(200, lines.size()))) {
            var response = post(api + "/auth/login/", null, "{\"phone\":\"" + l[0] + "\",\"password\":\"" + PASSWORD + "\"}");
            var token = match(TOKEN, response.body());
            citizens.add(new Citizen(l[0], l[1], token, l[2]));
        }
        var photo = photo();
        var status = URLEncoder.encode("প্রক্রিয়াধীন", StandardCharsets.UTF_8);
        var workers = workers(env("WORKERS", "login=1,list=4,detail=4,create_with_image=2,chat=2,staff_filtered_list=3,dashboard=2"));
        var routes = List.of(
                new Route("login", workers.get("login"), random -> {
                    var who = lines.get(random.nextInt(lines.size()));
                    return post(api + "/auth/login/", null, "{\"phone\":\"" + who[0] + "\",\"password\":\"" + PASSWORD + "\"}").statusCode();
                }),
                new Route("list", workers.get("list"), random -> get(api + "/complaints/?page=1", pick(citizens, random).token()).statusCode()),
                new Route("detail", workers.get("detail"), random -> {
                    var who = pick(citizens, random);
                    return get(api + "/complaints/" + who.complaintId() + "/", who.token()).statusCode();
                }),
                new Route("create_with_image", workers.get("create_with_image"), random -> {
                    var who = pick(citizens, random);
                    var filed = post(api + "/complaints/", who.token(), """
                            {"title":"রাস্তায় ময়লা","description":"দুই দিন ধরে ময়লা পড়ে আছে, দুর্গন্ধ ছড়াচ্ছে।","category":"cleanliness",
                             "priority":"medium","location":"মিরপুর ১০","city_corporation":"DSCC","ward_number":"12"}""");
                    if (filed.statusCode() != 201) {
                        return filed.statusCode();
                    }
                    return multipart(api + "/complaints/" + match(ID, filed.body()) + "/images/", who.token(), photo).statusCode();
                }),
                new Route("chat", workers.get("chat"), random -> {
                    var who = pick(citizens, random);
                    return post(api + "/chat/rooms/support-" + who.userId() + "/messages/", who.token(),
                            "{\"message\":\"ময়লা কখন নেওয়া হবে?\"}").statusCode();
                }),
                new Route("staff_filtered_list", workers.get("staff_filtered_list"), random -> get(api + "/complaints/?status=" + status
                        + "&ward_number=" + (1 + random.nextInt(75)) + "&page=" + (1 + random.nextInt(3)), superAdmin).statusCode()),
                new Route("dashboard", workers.get("dashboard"), random -> get(api + "/dashboard/kpi/", superAdmin).statusCode()));

        var records = new LinkedHashMap<String, Record>();
        var threads = new ArrayList<Thread>();
        for (var route : routes) {
            var record = new Record();
            records.put(route.name(), record);
            for (int i = 0; i < route.workers(); i++) {
                threads.add(Thread.ofVirtual().start(() -> loop(route, record)));
            }
        }
        Thread.sleep(WARMUP_SECONDS * 1000L);
        measuring = true;
        long started = System.nanoTime();
        Thread.sleep(SECONDS * 1000L);
        measuring = false;
        double elapsed = (System.nanoTime() - started) / 1e9;
        running = false;
        for (var thread : threads) {
            thread.join(Duration.ofSeconds(60));
        }
        report(records, elapsed);
    }

    static void loop(Route route, Record record) {
        while (running) {
            long start = System.nanoTime();
            int code;
            try {
                code = route.call().run(ThreadLocalRandom.current());
            } catch (Exception e) {
                code = -1;
                if (record.failures.get() == 0 && measuring) {
                    System.err.println(route.name() + ": " + e);
                }
            }
            long took = System.nanoTime() - start;
            if (measuring) {
                record.add(took);
                record.statuses.merge(code, 1, Integer::sum);
                if (code < 200 || code > 299) {
                    record.failures.incrementAndGet();
                }
            }
        }
    }

    static void report(Map<String, Record> records, double elapsed) {
        System.out.printf("%-22s %8s %9s %9s %9s %8s  %s%n", "route", "req/s", "p50_ms", "p99_ms", "requests", "errors", "statuses");
        double total = 0;
        for (var entry : records.entrySet()) {
            var record = entry.getValue();
            long[] sorted;
            synchronized (record) {
                sorted = record.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            double rate = sorted.length / elapsed;
            total += rate;
            System.out.printf("%-22s %8.1f %9.1f %9.1f %9d %8d  %s%n", entry.getKey(), rate, percentile(sorted, 50), percentile(sorted, 99),
                    sorted.length, record.failures.get(), record.statuses);
        }
        System.out.printf("%-22s %8.1f   (over %.1f s)%n", "all routes", total, elapsed);
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    static Map<String, Integer> workers(String spec) {
        var map = new LinkedHashMap<String, Integer>();
        Arrays.stream(spec.split(",")).map(s -> s.split("=")).forEach(p -> map.put(p[0].strip(), Integer.parseInt(p[1].strip())));
        return map;
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    static String login(String api, String phone) throws Exception {
        var response = post(api + "/auth/login/", null, "{\"phone\":\"" + phone + "\",\"password\":\"" + PASSWORD + "\"}");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login " + phone + ": " + response.statusCode() + " " + response.body());
        }
        return match(TOKEN, response.body());
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(request(url, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String token, String json) throws Exception {
        return HTTP.send(request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> multipart(String url, String token, byte[] jpeg) throws Exception {
        var boundary = "----cleancare" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"images\"; filename=\"photo.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(jpeg);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request(url, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String url, String token) {
        var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    static String match(Pattern pattern, String text) {
        var m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + text);
        }
        return m.group(1);
    }

    /** A phone-camera-like photo: 1280×960 with gradients and noise (~0.3 MB as JPEG), the same bytes every time. */
    static byte[] photo() throws Exception {
        var image = new BufferedImage(1280, 960, BufferedImage.TYPE_INT_RGB);
        var random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int noise = random.nextInt(40);
                image.setRGB(x, y, ((x / 5 + noise) & 0xff) << 16 | ((y / 4 + noise) & 0xff) << 8 | ((x + y) / 9 & 0xff));
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
