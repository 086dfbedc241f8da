package bd.gov.cleancare.open311.internal;

import bd.gov.cleancare.open311.PartnerKey;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for open311_api_keys. */
@Repository
public class PartnerKeyRepository {

    private static final String COLUMNS = "id, partner_name, key_prefix, user_id, created_by, created_at, revoked_at, last_used_at";

    private final JdbcClient jdbc;

    public PartnerKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PartnerKey insert(String partnerName, ApiKey key, UUID userId, UUID createdBy, Instant now) {
        return jdbc.sql("""
                INSERT INTO open311_api_keys (partner_name, key_prefix, key_hash, user_id, created_by, created_at)
                VALUES (:name, :prefix, :hash, :user, :by, :now)
                RETURNING
                """ + COLUMNS)
                .param("name", partnerName).param("prefix", key.prefix()).param("hash", key.hash())
                .param("user", userId).param("by", createdBy).param("now", Timestamp.from(now))
                .query(PartnerKeyRepository::row).single();
    }

    public Slice<PartnerKey> list(PageQuery page) {
        long count = jdbc.sql("SELECT count(*) FROM open311_api_keys").query(Long.class).single();
        List<PartnerKey> rows = count == 0 ? List.of() : jdbc.sql("SELECT " + COLUMNS
                        + " FROM open311_api_keys ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("limit", page.pageSize()).param("offset", page.offset())
                .query(PartnerKeyRepository::row).list();
        return new Slice<>(count, rows);
    }

    /** The unrevoked key with this hash, marked as used now. */
    public Optional<PartnerKey> use(String keyHash, Instant now) {
        return jdbc.sql("UPDATE open311_api_keys SET last_used_at = :now WHERE key_hash = :hash AND revoked_at IS NULL RETURNING "
                        + COLUMNS)
                .param("hash", keyHash).param("now", Timestamp.from(now))
                .query(PartnerKeyRepository::row).optional();
    }

    /** Revoking twice keeps the first time; false when there is no such key. */
    public boolean revoke(UUID id, Instant now) {
        return jdbc.sql("UPDATE open311_api_keys SET revoked_at = COALESCE(revoked_at, :now) WHERE id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update() > 0;
    }

    private static PartnerKey row(ResultSet rs, int rowNumber) throws SQLException {
        return new PartnerKey(rs.getObject("id", UUID.class), rs.getString("partner_name"), rs.getString("key_prefix"),
                rs.getObject("user_id", UUID.class), rs.getObject("created_by", UUID.class), instant(rs, "created_at"),
                instant(rs, "revoked_at"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
