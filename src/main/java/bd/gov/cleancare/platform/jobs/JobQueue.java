package bd.gov.cleancare.platform.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Background jobs in PostgreSQL: enqueued in the caller's transaction (no job for a rolled-back
 * request), claimed by one instance at a time (FOR UPDATE SKIP LOCKED plus a lease, so a crashed
 * worker's job is taken up again), retried with exponential back-off.
 */
@Component
public class JobQueue {

    static final Duration LEASE = Duration.ofMinutes(10);
    static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(JobQueue.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, JobHandler> handlers;

    public JobQueue(JdbcClient jdbc, JsonMapper json, Clock clock, List<JobHandler> handlers) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
    }

    public UUID enqueue(String kind, Map<String, ?> payload, int maxAttempts) {
        if (!handlers.containsKey(kind)) {
            throw new IllegalArgumentException("no handler for job kind " + kind);
        }
        return jdbc.sql("""
                INSERT INTO jobs (kind, payload, max_attempts, run_after, created_at)
                VALUES (:kind, CAST(:payload AS jsonb), :max, :now, :now) RETURNING id""")
                .param("kind", kind).param("payload", json.writeValueAsString(payload)).param("max", maxAttempts)
                .param("now", Timestamp.from(clock.instant())).query(UUID.class).single();
    }

    @Scheduled(fixedDelayString = "${cleancare.jobs.poll-every:2s}", initialDelayString = "${cleancare.jobs.poll-every:2s}")
    void poll() {
        while (runNext()) {
            // keep going while jobs are due
        }
    }

    /** Claims and runs one due job; false when none was due. */
    public boolean runNext() {
        var claimed = claim();
        if (claimed.isEmpty()) {
            return false;
        }
        var job = claimed.get();
        var handler = handlers.get(job.kind());
        try {
            handler.run(job.payload());
            jdbc.sql("UPDATE jobs SET status = 'done', finished_at = :now, locked_until = NULL WHERE id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", job.id()).update();
        } catch (Exception e) {
            fail(job, handler, e);
        }
        return true;
    }

    private Optional<Claimed> claim() {
        var now = clock.instant();
        return jdbc.sql("""
                UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = :lease
                 WHERE id = (SELECT id FROM jobs
                              WHERE (status = 'queued' AND run_after <= :now) OR (status = 'running' AND locked_until < :now)
                              ORDER BY run_after LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, kind, payload::text AS payload, attempts, max_attempts""")
                .param("now", Timestamp.from(now)).param("lease", Timestamp.from(now.plus(LEASE)))
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getString("kind"), json.readTree(rs.getString("payload")),
                        rs.getInt("attempts"), rs.getInt("max_attempts")))
                .optional();
    }

    private void fail(Claimed job, JobHandler handler, Exception e) {
        var error = e.getClass().getSimpleName() + ": " + e.getMessage();
        var now = clock.instant();
        if (job.attempts() >= job.maxAttempts()) {
            log.error("job {} ({}) failed for good after {} attempts", job.id(), job.kind(), job.attempts(), e);
            jdbc.sql("UPDATE jobs SET status = 'failed', last_error = :error, finished_at = :now, locked_until = NULL WHERE id = :id")
                    .param("error", error).param("now", Timestamp.from(now)).param("id", job.id()).update();
            handler.gaveUp(job.payload(), error);
            return;
        }
        var retryIn = FIRST_RETRY.multipliedBy(1L << Math.min(job.attempts() - 1, 10));
        log.warn("job {} ({}) attempt {} failed, retrying in {}: {}", job.id(), job.kind(), job.attempts(), retryIn, error);
        jdbc.sql("UPDATE jobs SET status = 'queued', last_error = :error, run_after = :after, locked_until = NULL WHERE id = :id")
                .param("error", error).param("after", Timestamp.from(now.plus(retryIn))).param("id", job.id()).update();
    }

    private record Claimed(UUID id, String kind, JsonNode payload, int attempts, int maxAttempts) {
    }
}
