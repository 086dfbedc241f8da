package bd.gov.cleancare.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** compose.yaml and the nginx configuration are valid without a container engine to try them in. */
class DeploymentFilesTest {

    @TempDir
    Path scratch;

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_two_checked_app_instances_behind_nginx_with_secrets_only_from_the_environment() throws Exception {
        var text = Files.readString(Path.of("compose.yaml"));
        Map<String, Object> compose = new Yaml().load(text);
        var services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsKeys("db", "redis", "app1", "app2", "nginx");
        services.forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));
        for (var app : List.of("app1", "app2")) {
            var environment = (Map<String, String>) services.get(app).get("environment");
            assertThat(environment.get("DATABASE_URL")).contains("${POSTGRES_PASSWORD:?");
            assertThat(services.get(app).get("env_file")).isEqualTo(".env");
        }
        assertThat((List<String>) services.get("nginx").get("volumes")).anyMatch(v -> v.contains("cleancare-locations.conf"));
        assertThat(text).doesNotContainPattern("(?i)(JWT_SECRET_KEY|SECRET_KEY|API_KEY|PASSWORD)\\s*[:=]\\s*[A-Za-z0-9]{6,}");
    }

    @Test
    void the_nginx_configuration_passes_nginx_own_check() throws Exception {
        // upstream names (app1, app2) resolve only inside compose: the same servers as loopback ports here
        Files.writeString(scratch.resolve("upstream.conf"), Files.readString(Path.of("deploy/nginx/upstream-compose.conf"))
                .replace("app1:", "127.0.0.1:").replace("app2:8080", "127.0.0.1:8081"));
        var site = Files.readString(Path.of("deploy/nginx/cleancare.conf"))
                .replace("/etc/nginx/cleancare-upstream.conf", scratch.resolve("upstream.conf").toString())
                .replace("/etc/nginx/cleancare-locations.conf", Path.of("deploy/nginx/cleancare-locations.conf").toAbsolutePath().toString())
                .replace("/etc/nginx/ssl", scratch.toString())
                .replace("/var/cache/nginx/cleancare", scratch.resolve("cache").toString());
        Files.writeString(scratch.resolve("site.conf"), site);
        Files.writeString(scratch.resolve("nginx.conf"), """
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {}
                http { include %1$s/site.conf; }
                """.formatted(scratch));
        var certificate = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-keyout", scratch.resolve("key.pem").toString(), "-out", scratch.resolve("cert.pem").toString())
                .redirectErrorStream(true).start();
        certificate.getInputStream().readAllBytes();
        assertThat(certificate.waitFor()).isZero();
        var check = new ProcessBuilder(nginx(), "-t", "-c", scratch.resolve("nginx.conf").toString(), "-p", scratch.toString())
                .redirectErrorStream(true).start();
        var output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(output).isZero();
        assertThat(output).contains("syntax is ok");
    }

    private static String nginx() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }
}
