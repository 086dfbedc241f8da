package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.DeadlineRule;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.platform.text.StoredValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for complaint_deadline_rules. */
@Repository
public class DeadlineRuleRepository {

    private static final String COLUMNS = "id, category, priority, response_hours, resolution_hours, updated_at ";

    private final JdbcClient jdbc;

    public DeadlineRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DeadlineRule> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint_deadline_rules ORDER BY category, priority NULLS FIRST")
                .query(DeadlineRuleRepository::rule).list();
    }

    public Optional<DeadlineRule> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint_deadline_rules WHERE id = :id").param("id", id)
                .query(DeadlineRuleRepository::rule).optional();
    }

    /** The rule for this priority if there is one, else the category's. */
    public Optional<DeadlineRule> applicable(Category category, Priority priority) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM complaint_deadline_rules WHERE category = :category AND (priority IS NULL OR priority = :priority)
                 ORDER BY priority NULLS LAST LIMIT 1""")
                .param("category", category.stored()).param("priority", priority.stored())
                .query(DeadlineRuleRepository::rule).optional();
    }

    /** Empty when a rule for this category and priority exists already. */
    public Optional<DeadlineRule> insert(Category category, Priority priority, int response, int resolution, UUID by, Instant at) {
        return jdbc.sql("""
                INSERT INTO complaint_deadline_rules (category, priority, response_hours, resolution_hours, updated_by, created_at, updated_at)
                VALUES (:category, :priority, :response, :resolution, :by, :at, :at)
                ON CONFLICT (category, priority) DO NOTHING RETURNING\s""" + COLUMNS)
                .param("category", category.stored()).param("priority", priority == null ? null : priority.stored())
                .param("response", response).param("resolution", resolution).param("by", by).param("at", Timestamp.from(at))
                .query(DeadlineRuleRepository::rule).optional();
    }

    public Optional<DeadlineRule> update(UUID id, int response, int resolution, UUID by, Instant at) {
        return jdbc.sql("""
                UPDATE complaint_deadline_rules SET response_hours = :response, resolution_hours = :resolution,
                       updated_by = :by, updated_at = :at
                 WHERE id = :id RETURNING\s""" + COLUMNS)
                .param("id", id).param("response", response).param("resolution", resolution).param("by", by)
                .param("at", Timestamp.from(at))
                .query(DeadlineRuleRepository::rule).optional();
    }

    public boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM complaint_deadline_rules WHERE id = :id").param("id", id).update() > 0;
    }

    private static DeadlineRule rule(ResultSet rs, int n) throws SQLException {
        var category = StoredValue.fromStored(Category.class, rs.getString("category"));
        var priority = rs.getString("priority") == null ? null : StoredValue.fromStored(Priority.class, rs.getString("priority"));
        return new DeadlineRule(rs.getObject("id", UUID.class), category.stored(), category.code(),
                priority == null ? null : priority.stored(), priority == null ? null : priority.code(),
                rs.getInt("response_hours"), rs.getInt("resolution_hours"), rs.getTimestamp("updated_at").toInstant());
    }
}
