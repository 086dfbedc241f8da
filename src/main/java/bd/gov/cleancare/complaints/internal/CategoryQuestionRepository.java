package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.CategoryQuestions;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for the extra questions of each category. */
@Repository
public class CategoryQuestionRepository {

    private static final String COLUMNS = "id, category, code, kind, label_bn, label_en, required, position, options::text AS options";
    private static final TypeReference<List<CategoryQuestions.Option>> OPTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CategoryQuestionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** {@code category} null: every category's, grouped by category. */
    public List<CategoryQuestions.Question> list(Category category) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category_questions WHERE (CAST(:category AS text) IS NULL OR category = :category)"
                        + " ORDER BY category, position, code")
                .param("category", category == null ? null : category.stored()).query(this::question).list();
    }

    public Optional<CategoryQuestions.Question> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category_questions WHERE id = :id").param("id", id).query(this::question).optional();
    }

    public boolean codeTaken(Category category, String code, UUID except) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM category_questions WHERE category = :category AND code = :code AND id <> :except)")
                .param("category", category.stored()).param("code", code).param("except", except == null ? new UUID(0, 0) : except)
                .query(Boolean.class).single();
    }

    public void save(CategoryQuestions.Question q, Instant at) {
        jdbc.sql("""
                INSERT INTO category_questions (id, category, code, kind, label_bn, label_en, required, position, options, created_at)
                VALUES (:id, :category, :code, :kind, :bn, :en, :required, :position, CAST(:options AS jsonb), :at)
                ON CONFLICT (id) DO UPDATE SET category = EXCLUDED.category, code = EXCLUDED.code, kind = EXCLUDED.kind,
                       label_bn = EXCLUDED.label_bn, label_en = EXCLUDED.label_en, required = EXCLUDED.required,
                       position = EXCLUDED.position, options = EXCLUDED.options""")
                .param("id", q.id()).param("category", StoredValue.parse(Category.class, "category", q.category()).stored())
                .param("code", q.code()).param("kind", q.kind()).param("bn", q.labelBn()).param("en", q.labelEn())
                .param("required", q.required()).param("position", q.position())
                .param("options", json.writeValueAsString(q.options())).param("at", Timestamp.from(at)).update();
    }

    public boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM category_questions WHERE id = :id").param("id", id).update() > 0;
    }

    private CategoryQuestions.Question question(ResultSet rs, int n) throws SQLException {
        var category = StoredValue.fromStored(Category.class, rs.getString("category"));
        return new CategoryQuestions.Question(rs.getObject("id", UUID.class), category.stored(), category.code(), rs.getString("code"),
                rs.getString("kind"), rs.getString("label_bn"), rs.getString("label_en"), rs.getBoolean("required"),
                rs.getInt("position"), json.readValue(rs.getString("options"), OPTIONS));
    }
}
