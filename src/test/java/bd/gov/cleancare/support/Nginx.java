package bd.gov.cleancare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The distribution's nginx in front of application instances on loopback, serving the repository's
 * own deploy/nginx/cleancare-locations.conf unchanged: the compose topology without containers.
 */
public final class Nginx implements AutoCloseable {

    private static final Path LOCATIONS = Path.of("deploy/nginx/cleancare-locations.conf").toAbsolutePath();

    private final Process process;
    private final Path directory;
    public final int port;

    private Nginx(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    public static Nginx inFrontOf(List<Integer> instancePorts) {
        try {
            var directory = Files.createTempDirectory("cleancare-nginx");
            int port = freePort();
            var servers = instancePorts.stream().map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
                    .collect(Collectors.joining("\n"));
            // as root, nginx's workers would otherwise drop to a user who cannot write its temporary files here
            var user = "root".equals(System.getProperty("user.name")) ? "user root;" : "";
            Files.writeString(directory.resolve("nginx.conf"), user + """

                    daemon off;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log warn;
                    events { worker_connections 1024; }
                    http {
                        access_log off;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        proxy_cache_path %1$s/cache keys_zone=cleancare_static:1m;
                        map $http_upgrade $connection_upgrade { default upgrade; '' ''; }
                        upstream cleancare {
                            least_conn;
                    %2$s
                            keepalive 8;
                        }
                        server {
                            listen 127.0.0.1:%3$d;
                            include %4$s;
                        }
                    }
                    """.formatted(directory, servers, port, LOCATIONS));
            var process = new ProcessBuilder(binary(), "-c", directory.resolve("nginx.conf").toString(), "-p", directory.toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("stdout.log").toFile()).start();
            var nginx = new Nginx(process, directory, port);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException("nginx is needed (bin/test installs it)", e);
        }
    }

    public Http api() {
        return new Http("http://127.0.0.1:" + port);
    }

    public String ws(String path) {
        return "ws://127.0.0.1:" + port + path;
    }

    private void awaitListening() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(directory.resolve("stdout.log"))
                        + Files.readString(directory.resolve("error.log")));
            }
            try (var ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    private static String binary() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
