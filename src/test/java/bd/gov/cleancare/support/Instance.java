package bd.gov.cleancare.support;

import bd.gov.cleancare.CleanCareApplication;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Another application instance on the same PostgreSQL, as behind a load balancer (on its own port). */
public final class Instance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;
    public final Http api;

    private Instance(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.api = new Http("http://127.0.0.1:" + port);
    }

    /** With the test profile, overridden by {@code properties} (a different Redis, say), given as command-line arguments to win. */
    public static Instance start(Map<String, String> properties) {
        var all = new HashMap<String, String>(properties);
        all.put("server.port", "0");
        var arguments = all.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        return new Instance(new SpringApplicationBuilder(CleanCareApplication.class).profiles("test").run(arguments));
    }

    public int port() {
        return port;
    }

    public String ws(String path) {
        return "ws://127.0.0.1:" + port + path;
    }

    /** A socket on this instance authenticated by its handshake, ready. */
    public LiveSocket connect(String path, ApiTest.Account who) {
        var socket = LiveSocket.open(ws(path), Map.of("Authorization", "Bearer " + who.accessToken()));
        socket.next("ready");
        return socket;
    }

    @Override
    public void close() {
        context.close();
    }
}
