package bd.gov.cleancare.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import bd.gov.cleancare.support.Instance;
import bd.gov.cleancare.support.LiveSocket;
import bd.gov.cleancare.support.Nginx;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * compose.yaml's topology as plain processes: nginx (with the repository's own locations) in front of
 * two instances sharing PostgreSQL and Redis; traffic goes through nginx only.
 */
class TopologyTest extends ApiTest {

    private static Instance second;
    private static Nginx nginx;

    @BeforeAll
    static void startTheSecondInstance() {
        second = Instance.start(Map.of());
    }

    @AfterAll
    static void stopEverything() {
        if (nginx != null) {
            nginx.close();
        }
        second.close();
    }

    private Http front() {
        if (nginx == null) {
            nginx = Nginx.inFrontOf(List.of(port, second.port()));
        }
        return nginx.api();
    }

    @Test
    void citizens_are_served_by_both_instances_through_nginx_and_their_sockets_upgrade() {
        var front = front();
        var citizen = citizen();
        for (int i = 0; i < 6; i++) {
            var filed = front.as(citizen.accessToken()).post("/api/v1/complaints/", Map.of("title", "ড্রেন বন্ধ " + i,
                    "description", "পানি জমে আছে", "category", "roads", "location", "মিরপুর", "ward_number", "12"));
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        }
        assertThat(front.as(citizen.accessToken()).get("/api/v1/complaints/").json().get("count").asInt()).isEqualTo(6);
        assertThat(servedComplaints(api)).as("this instance").isPositive();
        assertThat(servedComplaints(second.api)).as("the second instance").isPositive();

        try (var socket = LiveSocket.open(nginx.ws("/ws/notifications/"), Map.of("Authorization", "Bearer " + citizen.accessToken()))) {
            assertThat(socket.next("ready").get("type").asString()).isEqualTo("ready");
        }
    }

    @Test
    void bodies_over_ten_megabytes_are_refused_by_nginx_as_a_problem() {
        var front = front();
        var tooLarge = front.raw("POST", "/api/v1/complaints/", "application/json", new byte[11 * 1024 * 1024]);

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLarge.json().get("status").asInt()).isEqualTo(413);
    }

    @Test
    void when_an_instance_goes_away_nginx_routes_around_it() {
        var front = front();
        var citizen = citizen();
        var stopped = Instance.start(Map.of());
        try (var withThird = Nginx.inFrontOf(List.of(port, stopped.port()))) {
            stopped.close();
            for (int i = 0; i < 10; i++) {
                assertThat(withThird.api().as(citizen.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(200);
            }
        }
        assertThat(front.get("/nginx-health").status()).isEqualTo(200);
    }

    /** How many complaint filings an instance answered, from its own Prometheus metrics. */
    private static double servedComplaints(Http instance) {
        var metrics = instance.get("/actuator/prometheus").text();
        return metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count")
                        && line.contains("method=\"POST\"") && (line.contains("uri=\"/api/v1/complaints\"") || line.contains("uri=\"/api/v1/complaints/\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
