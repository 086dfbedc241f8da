package bd.gov.cleancare.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The figures the Grafana dashboard and alert rules (deploy/observability) read from /actuator/prometheus. */
class OperationalMetricsTest extends ApiTest {

    @Test
    void open_sockets_waiting_jobs_unhandled_events_and_provider_failures_are_scraped() {
        var citizen = citizen();
        assertThat(metric("cleancare_websocket_connections{endpoint=\"/ws/notifications\"")).contains(0.0);
        try (var socket = connect("/ws/notifications/", citizen)) {
            assertThat(metric("cleancare_websocket_connections{endpoint=\"/ws/notifications\"")).contains(1.0);
        }
        jdbc.sql("INSERT INTO jobs (kind, payload, run_after) VALUES ('report', '{}', now())").update();
        assertThat(metric("cleancare_jobs_waiting")).contains(1.0);
        assertThat(metric("cleancare_events_incomplete")).isPresent();

        double before = metric("cleancare_provider_errors_total{provider=\"bkash\"").orElse(0.0);
        ProviderErrors.count("bKash");
        assertThat(metric("cleancare_provider_errors_total{provider=\"bkash\"")).contains(before + 1);
        assertThat(api.get("/actuator/prometheus").text()).contains("http_server_requests_seconds_bucket");
    }

    private Optional<Double> metric(String prefix) {
        return api.get("/actuator/prometheus").text().lines().filter(line -> line.startsWith(prefix))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst();
    }
}
