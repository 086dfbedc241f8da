package bd.gov.cleancare.platform.observability;

import bd.gov.cleancare.platform.realtime.SocketRoute;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch beside request rates and latencies (those Spring Boot measures itself):
 * open WebSockets per endpoint, background jobs waiting, and after-commit events not yet handled
 * (an SMS outage shows here first). Read at each scrape, so they are never stale.
 */
@Component
class OperationalMetrics implements SmartInitializingSingleton {

    private final MeterRegistry registry;
    private final List<SocketRoute> sockets;
    private final JdbcClient jdbc;

    OperationalMetrics(MeterRegistry registry, List<SocketRoute> sockets, JdbcClient jdbc) {
        this.registry = registry;
        this.sockets = sockets;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (var route : sockets) {
            Gauge.builder("cleancare.websocket.connections", route.handler(), handler -> handler.openSockets())
                    .tag("endpoint", route.paths()[0]).description("WebSocket connections open on this instance").register(registry);
        }
        Gauge.builder("cleancare.jobs.waiting", this, metrics -> metrics.count(
                        "SELECT count(*) FROM jobs WHERE status IN ('queued', 'running')"))
                .description("Background jobs queued or running, all instances").register(registry);
        Gauge.builder("cleancare.jobs.failed", this, metrics -> metrics.count("SELECT count(*) FROM jobs WHERE status = 'failed'"))
                .description("Background jobs that ran out of attempts").register(registry);
        Gauge.builder("cleancare.events.incomplete", this, metrics -> metrics.count(
                        "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"))
                .description("After-commit events (SMS, notifications, counters) not yet handled").register(registry);
    }

    private double count(String sql) {
        try {
            return jdbc.sql(sql).query(Long.class).single();
        } catch (RuntimeException unavailable) {
            // a scrape while the database is away reports "unknown", not an error page
            return Double.NaN;
        }
    }
}
