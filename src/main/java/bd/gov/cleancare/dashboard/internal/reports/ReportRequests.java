package bd.gov.cleancare.dashboard.internal.reports;

import bd.gov.cleancare.dashboard.ReportStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the reports table. */
@Repository
public class ReportRequests {

    private final JdbcClient jdbc;

    public ReportRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(UUID id, UUID requestedBy, String reportType, String format, String cityCorporation, String wardNumber,
            LocalDate from, LocalDate to) {
    }

    public UUID insert(UUID requestedBy, String type, String format, String cityCorporation, String wardNumber, LocalDate from,
            LocalDate to, Instant at) {
        return jdbc.sql("""
                INSERT INTO reports (requested_by, report_type, format, city_corporation, ward_number, period_from, period_to, created_at)
                VALUES (:by, :type, :format, :cc, :ward, :from, :to, :at) RETURNING id""")
                .param("by", requestedBy).param("type", type).param("format", format).param("cc", cityCorporation)
                .param("ward", wardNumber).param("from", from).param("to", to).param("at", Timestamp.from(at))
                .query(UUID.class).single();
    }

    public void attachJob(UUID id, UUID job) {
        jdbc.sql("UPDATE reports SET job_id = :job WHERE id = :id").param("id", id).param("job", job).update();
    }

    public Optional<Stored> load(UUID id) {
        return jdbc.sql("SELECT id, requested_by, report_type, format, city_corporation, ward_number, period_from, period_to FROM reports WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getObject("requested_by", UUID.class),
                        rs.getString("report_type"), rs.getString("format"), rs.getString("city_corporation"), rs.getString("ward_number"),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class)))
                .optional();
    }

    public Optional<UUID> requester(UUID id) {
        return jdbc.sql("SELECT requested_by FROM reports WHERE id = :id").param("id", id).query(UUID.class).optional();
    }

    public void processing(UUID id) {
        jdbc.sql("UPDATE reports SET status = 'processing' WHERE id = :id AND status <> 'completed'").param("id", id).update();
    }

    public void completed(UUID id, String url, int size, Instant at) {
        jdbc.sql("UPDATE reports SET status = 'completed', file_url = :url, file_size = :size, completed_at = :at, error = NULL WHERE id = :id")
                .param("id", id).param("url", url).param("size", size).param("at", Timestamp.from(at)).update();
    }

    public void failed(UUID id, String error) {
        jdbc.sql("UPDATE reports SET status = 'failed', error = :error WHERE id = :id").param("id", id).param("error", error).update();
    }

    public Optional<ReportStatus> find(UUID id) {
        return jdbc.sql("""
                SELECT id, status, report_type, format, period_from, period_to, city_corporation, ward_number, file_url, file_size,
                       error, created_at, completed_at FROM reports WHERE id = :id""")
                .param("id", id)
                .query(STATUS)
                .optional();
    }

    /** The newest reports one person asked for. */
    public List<ReportStatus> requestedBy(UUID requester, int limit) {
        return jdbc.sql("""
                SELECT id, status, report_type, format, period_from, period_to, city_corporation, ward_number, file_url, file_size,
                       error, created_at, completed_at FROM reports WHERE requested_by = :by ORDER BY created_at DESC, id LIMIT :limit""")
                .param("by", requester).param("limit", limit)
                .query(STATUS)
                .list();
    }

    private static final RowMapper<ReportStatus> STATUS = (rs, n) -> new ReportStatus(rs.getObject("id", UUID.class),
            rs.getString("status"), rs.getString("report_type"), rs.getString("format"), rs.getObject("period_from", LocalDate.class),
            rs.getObject("period_to", LocalDate.class), rs.getString("city_corporation"), rs.getString("ward_number"),
            rs.getString("file_url"), (Integer) rs.getObject("file_size"), rs.getString("error"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant());
}
