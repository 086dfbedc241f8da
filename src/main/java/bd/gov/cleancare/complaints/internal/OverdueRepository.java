package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.platform.text.StoredValue;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The overdue job's SQL. Each step claims a batch with SKIP LOCKED and changes only rows still in
 * the step's starting state, so two runners (should the advisory lock ever fail) never take a step twice.
 */
@Repository
public class OverdueRepository {

    /** Open work: filed, in progress, or re-opened (the statuses of the partial indexes in V18). */
    private static final String OPEN = "('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে')";
    /** Filed or re-opened, and nobody has acted since: the response deadline runs. */
    private static final String AWAITING_RESPONSE = "('জমা দেওয়া হয়েছে', 'পুনরায় খোলা হয়েছে')";
    /** Past a deadline now: the resolution, or the response while nobody has acted on it. */
    private static final String LATE = """
             (c.resolution_due_at < :now
              OR (c.status IN""" + AWAITING_RESPONSE + """
                  AND c.responded_at IS NULL AND c.response_due_at < :now))
            """;

    private final JdbcClient jdbc;

    public OverdueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A complaint a step was taken on; {@code round} counts its re-opens (each round has its own steps). */
    public record Marked(UUID id, String trackingNumber, Status status, String cityCorporation, String wardNumber, UUID assignedTo,
            int round) {
    }

    /**
     * Open complaints past a deadline (the resolution, or the response while nobody acted), not yet
     * marked, oldest due first. One claim per deadline, each ordered along its own partial index: an OR
     * of the two made the planner scan the whole table (320 ms at 100,000 complaints against 10 ms).
     */
    public List<Marked> markOverdue(Instant now, int limit) {
        return jdbc.sql("""
                WITH late_resolution AS (
                  SELECT c.id FROM complaints c
                   WHERE c.status IN""" + OPEN + """
                     AND c.overdue_at IS NULL AND c.resolution_due_at < :now
                   ORDER BY c.resolution_due_at LIMIT :limit FOR UPDATE SKIP LOCKED),
                late_response AS (
                  SELECT c.id FROM complaints c
                   WHERE c.status IN""" + AWAITING_RESPONSE + """
                     AND c.overdue_at IS NULL AND c.responded_at IS NULL
                     AND c.response_due_at < :now
                   ORDER BY c.response_due_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                UPDATE complaints c SET overdue_at = :now
                 WHERE c.id IN (SELECT id FROM late_resolution UNION SELECT id FROM late_response) AND c.overdue_at IS NULL
                RETURNING c.id, c.tracking_number, c.status, c.city_corporation, c.ward_number, c.assigned_to, c.deadline_round""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> marked(rs)).list();
    }

    /**
     * Open complaints overdue since before {@code overdueBefore} and still late, at {@code fromLevel},
     * moved one level up (one that got its response meanwhile and is within its resolution time waits).
     */
    public List<Marked> escalate(int fromLevel, Instant overdueBefore, Instant now, int limit) {
        return jdbc.sql("""
                WITH due AS (
                  SELECT c.id FROM complaints c
                   WHERE c.status IN""" + OPEN + """
                     AND c.overdue_at IS NOT NULL AND c.escalation_level = :from AND c.overdue_at <= :before
                     AND""" + LATE + """
                   ORDER BY c.overdue_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                UPDATE complaints c SET escalation_level = :from + 1 FROM due
                 WHERE c.id = due.id AND c.escalation_level = :from
                RETURNING c.id, c.tracking_number, c.status, c.city_corporation, c.ward_number, c.assigned_to, c.deadline_round""")
                .param("from", fromLevel).param("before", Timestamp.from(overdueBefore)).param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> marked(rs)).list();
    }

    /** The step as a timeline row without an author; false if the complaint has it already in this round. */
    public boolean recordStep(Marked complaint, String event, Instant at) {
        return jdbc.sql("""
                INSERT INTO complaint_updates (complaint_id, updated_by, old_status, new_status, event, deadline_round, created_at)
                VALUES (:id, NULL, :status, :status, :event, :round, :at)
                ON CONFLICT (complaint_id, event, deadline_round) WHERE event IS NOT NULL DO NOTHING""")
                .param("id", complaint.id()).param("status", complaint.status().stored()).param("event", event)
                .param("round", complaint.round()).param("at", Timestamp.from(at))
                .update() > 0;
    }

    private static Marked marked(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Marked(rs.getObject("id", UUID.class), rs.getString("tracking_number"),
                StoredValue.fromStored(Status.class, rs.getString("status")), rs.getString("city_corporation"),
                rs.getString("ward_number"), rs.getObject("assigned_to", UUID.class), rs.getInt("deadline_round"));
    }
}
