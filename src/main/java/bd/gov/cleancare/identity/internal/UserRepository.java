package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.identity.CitizenContact;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.web.Slice;
import bd.gov.cleancare.platform.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the users table. */
@Repository
public class UserRepository {

    private static final String COLUMNS = """
            id, phone, name, email, password_hash, nid, address, ward_number, city_corporation, profile_picture_url,
            user_type, is_active, is_verified, is_staff, created_at, updated_at, last_login, language, erased_at""";

    /** ?ordering= values a client may use, mapped to SQL; anything else is refused. */
    private static final Map<String, String> ORDERINGS = Map.of(
            "created_at", "created_at ASC, id", "-created_at", "created_at DESC, id",
            "name", "name ASC, id", "-name", "name DESC, id",
            "phone", "phone ASC", "-phone", "phone DESC",
            "last_login", "last_login ASC NULLS FIRST, id", "-last_login", "last_login DESC NULLS LAST, id");

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRow> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id").param("id", id).query(UserRepository::row).optional();
    }

    public Optional<UserRow> findByPhone(String phone) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE phone = :phone").param("phone", phone).query(UserRepository::row).optional();
    }

    public Optional<UserRow> lockByPhone(String phone) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE phone = :phone FOR UPDATE").param("phone", phone).query(UserRepository::row).optional();
    }

    public UUID insert(NewUser user) {
        try {
            return jdbc.sql("""
                    INSERT INTO users (phone, name, email, password_hash, nid, address, ward_number, city_corporation,
                                       user_type, is_active, is_verified, is_staff, created_at, updated_at, language)
                    VALUES (:phone, :name, :email, :hash, :nid, :address, :ward, :cc, :type, TRUE, :verified, :staff, :now, :now, :language)
                    RETURNING id""")
                    .param("phone", user.phone()).param("name", user.name()).param("email", user.email())
                    .param("hash", user.passwordHash()).param("nid", user.nid()).param("address", user.address())
                    .param("ward", user.wardNumber()).param("cc", user.cityCorporation())
                    .param("type", user.userType().code()).param("verified", user.verified()).param("staff", user.userType().isStaff())
                    .param("now", Timestamp.from(user.createdAt())).param("language", user.language())
                    .query(UUID.class).single();
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
    }

    /** A registration repeated before verification replaces the pending details. */
    public void replacePending(UUID id, NewUser user) {
        try {
            jdbc.sql("""
                    UPDATE users SET name = :name, email = :email, password_hash = :hash, nid = :nid, address = :address,
                                     ward_number = :ward, city_corporation = :cc, language = :language
                     WHERE id = :id AND NOT is_verified""")
                    .param("id", id).param("name", user.name()).param("email", user.email()).param("hash", user.passwordHash())
                    .param("nid", user.nid()).param("address", user.address()).param("ward", user.wardNumber())
                    .param("cc", user.cityCorporation()).param("language", user.language())
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
    }

    public void markVerified(UUID id) {
        jdbc.sql("UPDATE users SET is_verified = TRUE WHERE id = :id").param("id", id).update();
    }

    public void changePassword(UUID id, String hash) {
        jdbc.sql("UPDATE users SET password_hash = :hash WHERE id = :id").param("id", id).param("hash", hash).update();
    }

    public void recordLogin(UUID id, Instant at) {
        jdbc.sql("UPDATE users SET last_login = :at WHERE id = :id").param("id", id).param("at", Timestamp.from(at)).update();
    }

    public void setPicture(UUID id, String url) {
        jdbc.sql("UPDATE users SET profile_picture_url = :url WHERE id = :id").param("id", id).param("url", url).update();
    }

    /**
     * Erases an account's personal data and keeps its id (complaints, payments and figures stay):
     * name and phone become placeholders, the rest is emptied, and the account can no longer sign in.
     * The ward stays: "a citizen of ward 12" is what the complaints show from now on.
     */
    public void erase(UUID id, String placeholderPhone, String placeholderName, String unusablePassword, Instant at) {
        // codes sent to the old number are personal data too
        jdbc.sql("DELETE FROM otp_verifications WHERE phone = (SELECT phone FROM users WHERE id = :id)").param("id", id).update();
        jdbc.sql("""
                UPDATE users SET phone = :phone, name = :name, email = NULL, nid = NULL, address = NULL, profile_picture_url = NULL,
                       password_hash = :hash, is_active = FALSE, is_verified = FALSE, last_login = NULL, erased_at = :at
                 WHERE id = :id""")
                .param("id", id).param("phone", placeholderPhone).param("name", placeholderName).param("hash", unusablePassword)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    public void deactivate(UUID id) {
        jdbc.sql("UPDATE users SET is_active = FALSE WHERE id = :id").param("id", id).update();
    }

    public void update(UUID id, Map<String, Object> columns) {
        if (columns.isEmpty()) {
            return;
        }
        var assignments = new ArrayList<String>();
        columns.keySet().forEach(column -> assignments.add(column + " = :" + column));
        var statement = jdbc.sql("UPDATE users SET " + String.join(", ", assignments) + " WHERE id = :id").param("id", id);
        for (var entry : columns.entrySet()) {
            statement = statement.param(entry.getKey(), entry.getValue());
        }
        try {
            statement.update();
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
    }

    public Slice<UserRow> list(UserFilter filter, WardScope scope, PageQuery page) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (!scope.everywhere()) {
            where.add("(city_corporation || '/' || ward_number = ANY(:scope) OR '*/' || ward_number = ANY(:scope))");
            params.put("scope", scope.keys().toArray(String[]::new));
        }
        if (filter.wardNumber() != null) {
            where.add("ward_number = :ward");
            params.put("ward", filter.wardNumber());
        }
        if (filter.cityCorporation() != null) {
            where.add("city_corporation = :cc");
            params.put("cc", filter.cityCorporation());
        }
        if (filter.userTypes() != null && !filter.userTypes().isEmpty()) {
            where.add("user_type = ANY(:types)");
            params.put("types", filter.userTypes().stream().map(UserType::code).toArray(String[]::new));
        }
        if (filter.verified() != null) {
            where.add("is_verified = :verified");
            params.put("verified", filter.verified());
        }
        if (filter.active() != null) {
            where.add("is_active = :active");
            params.put("active", filter.active());
        }
        if (filter.search() != null) {
            // Bengali digits typed into the search box also find the ASCII-stored phone numbers.
            where.add("((name || ' ' || phone || ' ' || coalesce(email, '')) ILIKE :search"
                    + " OR (name || ' ' || phone || ' ' || coalesce(email, '')) ILIKE :asciiSearch)");
            params.put("search", likePattern(filter.search()));
            params.put("asciiSearch", likePattern(Digits.toAscii(filter.search())));
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        var ordering = ORDERINGS.get(filter.ordering() == null ? "-created_at" : filter.ordering());
        if (ordering == null) {
            throw RuleViolated.onField("ordering", "validation.ordering", String.join(", ", ORDERINGS.keySet().stream().sorted().toList()));
        }
        long count = jdbc.sql("SELECT count(*) FROM users" + condition).params(params).query(Long.class).single();
        var rows = count == 0 ? List.<UserRow>of() : jdbc.sql("SELECT " + COLUMNS + " FROM users" + condition
                        + " ORDER BY " + ordering + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset())
                .query(UserRepository::row).list();
        return new Slice<>(count, rows);
    }

    private static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public long countActiveSuperAdmins() {
        return jdbc.sql("SELECT count(*) FROM users WHERE user_type = 'super_admin' AND is_active").query(Long.class).single();
    }

    private static RuleViolated duplicate(DuplicateKeyException e) {
        var message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("email")) {
            return RuleViolated.onField("email", "user.email.taken");
        }
        return RuleViolated.onField("phone", "user.phone.taken");
    }

    static UserRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new UserRow(
                rs.getObject("id", UUID.class), rs.getString("phone"), rs.getString("name"), rs.getString("email"),
                rs.getString("password_hash"), rs.getString("nid"), rs.getString("address"), rs.getString("ward_number"),
                rs.getString("city_corporation"), rs.getString("profile_picture_url"),
                UserType.of(rs.getString("user_type")), rs.getBoolean("is_active"), rs.getBoolean("is_verified"),
                rs.getBoolean("is_staff"), instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "last_login"),
                rs.getString("language"), instant(rs, "erased_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static final String CITIZENS_OF = """
             FROM users
            WHERE user_type = 'citizen' AND is_active
              AND (CAST(:cc AS varchar) IS NULL OR city_corporation = :cc)
              AND (cardinality(CAST(:wards AS text[])) = 0 OR ward_number = ANY(CAST(:wards AS text[])))""";

    public List<CitizenContact> citizensOf(String cc, List<String> wards, UUID after, int limit) {
        return jdbc.sql("SELECT id, phone" + CITIZENS_OF + " AND (CAST(:after AS uuid) IS NULL OR id > :after) ORDER BY id LIMIT :limit")
                .param("cc", cc).param("wards", wards.toArray(String[]::new)).param("after", after).param("limit", limit)
                .query((rs, n) -> new CitizenContact(rs.getObject("id", UUID.class), rs.getString("phone")))
                .list();
    }

    public Map<String, Long> citizenCounts(String cc, List<String> wards) {
        var counts = new java.util.LinkedHashMap<String, Long>();
        jdbc.sql("SELECT city_corporation, ward_number, count(*) AS citizens" + CITIZENS_OF
                        + " AND ward_number IS NOT NULL GROUP BY city_corporation, ward_number")
                .param("cc", cc).param("wards", wards.toArray(String[]::new))
                .query((rs, n) -> counts.put(rs.getString("city_corporation") + "/" + rs.getString("ward_number"), rs.getLong("citizens")))
                .list();
        return counts;
    }
}
