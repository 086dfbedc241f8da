package bd.gov.cleancare.complaints.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for complaint_follow_ups: one row per resolution asked "has it been fixed?" (per complaint and deadline round). */
@Repository
public class FollowUpRepository {

    private final JdbcClient jdbc;

    public FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Due(UUID complaintId, UUID userId, String trackingNumber, String cityCorporation, String wardNumber, int round) {
    }

    public record Asked(UUID id, UUID complaintId, Instant expiresAt, String answer, Instant answeredAt) {
    }

    /**
     * Resolved complaints whose time to ask has come and which were not asked since this resolution, oldest first; those
     * resolved longer ago than {@code notBefore} are left alone (a new deployment does not text the
     * whole city's history). Citizens of erased accounts are not asked.
     */
    public List<Due> due(Instant resolvedBefore, Instant notBefore, int limit) {
        return jdbc.sql("""
                SELECT c.id, c.user_id, c.tracking_number, c.city_corporation, c.ward_number, c.deadline_round
                  FROM complaints c JOIN users u ON u.id = c.user_id
                 WHERE c.status = 'সমাধান হয়েছে' AND c.resolved_at <= :before AND c.resolved_at > :notBefore
                   AND u.erased_at IS NULL AND u.user_type = 'citizen'
                   AND NOT EXISTS (SELECT 1 FROM complaint_follow_ups f
                                    WHERE f.complaint_id = c.id AND f.deadline_round = c.deadline_round)
                 ORDER BY c.resolved_at LIMIT :limit""")
                .param("before", Timestamp.from(resolvedBefore)).param("notBefore", Timestamp.from(notBefore)).param("limit", limit)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list();
    }

    /** False when this resolution was asked already (another instance ran the job at the same time). */
    public boolean insert(UUID id, Due due, Instant askedAt, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO complaint_follow_ups (id, complaint_id, deadline_round, user_id, city_corporation, ward_number, asked_at,
                                                  expires_at)
                VALUES (:id, :complaint, :round, :user, :cc, :ward, :asked, :expires)
                ON CONFLICT (complaint_id, deadline_round) DO NOTHING""")
                .param("id", id).param("complaint", due.complaintId()).param("round", due.round()).param("user", due.userId()).param("cc", due.cityCorporation())
                .param("ward", due.wardNumber()).param("asked", Timestamp.from(askedAt)).param("expires", Timestamp.from(expiresAt))
                .update() == 1;
    }

    public Optional<Asked> find(UUID id, boolean lock) {
        return jdbc.sql("SELECT id, complaint_id, expires_at, answer, answered_at FROM complaint_follow_ups WHERE id = :id"
                        + (lock ? " FOR UPDATE" : ""))
                .param("id", id)
                .query((rs, n) -> new Asked(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), ComplaintRepository.instant(rs, "answered_at")))
                .optional();
    }

    public void answer(UUID id, String answer, Instant at) {
        jdbc.sql("UPDATE complaint_follow_ups SET answer = :answer, answered_at = :at WHERE id = :id")
                .param("id", id).param("answer", answer).param("at", Timestamp.from(at)).update();
    }
}
