package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.ResponseTemplate;
import bd.gov.cleancare.complaints.Status;
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

/** SQL for response_templates. */
@Repository
public class ResponseTemplateRepository {

    private static final String COLUMNS = "id, category, status, title, text_bn, text_en, is_active, created_at, updated_at ";

    /** A template's content, validated. */
    public record Content(Category category, Status status, String title, String textBn, String textEn, boolean active) {
    }

    private final JdbcClient jdbc;

    public ResponseTemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ResponseTemplate> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM response_templates ORDER BY category NULLS FIRST, status, title, id")
                .query(ResponseTemplateRepository::template).list();
    }

    public Optional<ResponseTemplate> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM response_templates WHERE id = :id").param("id", id)
                .query(ResponseTemplateRepository::template).optional();
    }

    /** Active templates a complaint of this category may use: its category's and those for any category. */
    public List<ResponseTemplate> forCategory(Category category) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM response_templates WHERE is_active AND (category IS NULL OR category = :category)
                 ORDER BY status, category NULLS LAST, title, id""")
                .param("category", category.stored()).query(ResponseTemplateRepository::template).list();
    }

    public ResponseTemplate insert(Content content, UUID by, Instant at) {
        return jdbc.sql("""
                INSERT INTO response_templates (category, status, title, text_bn, text_en, is_active, updated_by, created_at, updated_at)
                VALUES (:category, :status, :title, :bn, :en, :active, :by, :at, :at) RETURNING\s""" + COLUMNS)
                .param("category", content.category() == null ? null : content.category().stored())
                .param("status", content.status().stored()).param("title", content.title()).param("bn", content.textBn())
                .param("en", content.textEn()).param("active", content.active()).param("by", by).param("at", Timestamp.from(at))
                .query(ResponseTemplateRepository::template).single();
    }

    public Optional<ResponseTemplate> update(UUID id, Content content, UUID by, Instant at) {
        return jdbc.sql("""
                UPDATE response_templates SET category = :category, status = :status, title = :title, text_bn = :bn, text_en = :en,
                       is_active = :active, updated_by = :by, updated_at = :at
                 WHERE id = :id RETURNING\s""" + COLUMNS)
                .param("id", id)
                .param("category", content.category() == null ? null : content.category().stored())
                .param("status", content.status().stored()).param("title", content.title()).param("bn", content.textBn())
                .param("en", content.textEn()).param("active", content.active()).param("by", by).param("at", Timestamp.from(at))
                .query(ResponseTemplateRepository::template).optional();
    }

    public boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM response_templates WHERE id = :id").param("id", id).update() > 0;
    }

    private static ResponseTemplate template(ResultSet rs, int n) throws SQLException {
        var category = rs.getString("category") == null ? null : StoredValue.fromStored(Category.class, rs.getString("category"));
        var status = StoredValue.fromStored(Status.class, rs.getString("status"));
        return new ResponseTemplate(rs.getObject("id", UUID.class), category == null ? null : category.stored(),
                category == null ? null : category.code(), status.stored(), status.code(), rs.getString("title"),
                rs.getString("text_bn"), rs.getString("text_en"), rs.getBoolean("is_active"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
