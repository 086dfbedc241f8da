package bd.gov.cleancare.complaints.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for complaint_follow_ups: one row per complaint asked "has it been fixed?". */
@Repository
public class FollowUpRepository {

    private final JdbcClient jdbc;

    public FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Due(UUID complaintId, UUID userId, String trackingNumber, String cityCorporation, String wardNumber) {
    }

    public record Asked(UUID complaintId, Instant expiresAt, String answer, Instant answeredAt) {
    }

    /**
     * Resolved complaints whose time to ask has come and which were never asked, oldest first; those
     * resolved longer ago than {@code notBefore} are left alone (a new deployment does not text the
     * whole city's history). Citizens of erased accounts are not asked.
     */
    public List<Due> due(Instant resolvedBefore, Instant notBefore, int limit) {
        return jdbc.sql("""
                SELECT c.id, c.user_id, c.tracking_number, c.city_corporation, c.ward_number
                  FROM complaints c JOIN users u ON u.id = c.user_id
                 WHERE c.status = 'সমাধান হয়েছে' AND c.resolved_at <= :before AND c.resolved_at > :notBefore
                   AND u.erased_at IS NULL AND u.user_type = 'citizen'
                   AND NOT EXISTS (SELECT 1 FROM complaint_follow_ups f WHERE f.complaint_id = c.id)
                 ORDER BY c.resolved_at LIMIT :limit""")
                .param("before", Timestamp.from(resolvedBefore)).param("notBefore", Timestamp.from(notBefore)).param("limit", limit)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** False when the complaint was asked already (another instance, an earlier round). */
    public boolean insert(Due due, Instant askedAt, Instant expiresAt) {
        return jdbc.sql("""
                INSERT INTO complaint_follow_ups (complaint_id, user_id, city_corporation, ward_number, asked_at, expires_at)
                VALUES (:complaint, :user, :cc, :ward, :asked, :expires) ON CONFLICT (complaint_id) DO NOTHING""")
                .param("complaint", due.complaintId()).param("user", due.userId()).param("cc", due.cityCorporation())
                .param("ward", due.wardNumber()).param("asked", Timestamp.from(askedAt)).param("expires", Timestamp.from(expiresAt))
                .update() == 1;
    }

    public Optional<Asked> find(UUID complaintId, boolean lock) {
        return jdbc.sql("SELECT complaint_id, expires_at, answer, answered_at FROM complaint_follow_ups WHERE complaint_id = :id"
                        + (lock ? " FOR UPDATE" : ""))
                .param("id", complaintId)
                .query((rs, n) -> new Asked(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        ComplaintRepository.instant(rs, "answered_at")))
                .optional();
    }

    public void answer(UUID complaintId, String answer, Instant at) {
        jdbc.sql("UPDATE complaint_follow_ups SET answer = :answer, answered_at = :at WHERE complaint_id = :id")
                .param("id", complaintId).param("answer", answer).param("at", Timestamp.from(at)).update();
    }
}
