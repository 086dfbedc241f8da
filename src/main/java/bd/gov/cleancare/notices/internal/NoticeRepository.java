package bd.gov.cleancare.notices.internal;

import bd.gov.cleancare.notices.NoticeCategory;
import bd.gov.cleancare.notices.NoticeView;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NoticeRepository {

    /** A notice's row as written: the service decides every value, the repository only stores it. */
    public record NoticeRow(String title, String titleEn, String content, String contentEn, NoticeCategory category, String priority,
            boolean isUrgent, boolean isActive, boolean sendSms, String cityCorporation, List<String> targetWards, Instant publishedAt,
            Instant expiresAt) {
    }

    private static final String STATE = """
            CASE WHEN NOT n.is_active THEN 'inactive' WHEN n.published_at > :now THEN 'scheduled'
                 WHEN n.expires_at IS NOT NULL AND n.expires_at <= :now THEN 'expired' ELSE 'live' END""";

    private static final String SELECT = """
            SELECT n.id, n.title, n.title_en, n.content, n.content_en, n.category, n.priority, n.is_active, n.is_urgent, n.send_sms,
                   n.city_corporation, n.target_wards, n.published_at, n.expires_at, n.created_by, n.created_at, n.updated_at,
                   %s AS state, r.user_id IS NOT NULL AS is_read
              FROM notices n LEFT JOIN notice_reads r ON r.notice_id = n.id AND r.user_id = CAST(:reader AS uuid)""".formatted(STATE);

    private static final String LIVE = "n.is_active AND n.published_at <= :now AND (n.expires_at IS NULL OR n.expires_at > :now)";

    /** Urgent first, then by priority, newest first. */
    private static final String BOARD_ORDER = " " + """
            ORDER BY n.is_urgent DESC,
                     CASE n.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END,
                     n.published_at DESC, n.id""";

    private final JdbcClient jdbc;

    public NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(NoticeRow row, UUID by, Instant at) {
        return jdbc.sql("""
                INSERT INTO notices (title, title_en, content, content_en, category, priority, is_urgent, is_active, send_sms,
                                     city_corporation, target_wards, published_at, expires_at, created_by, updated_by, created_at, updated_at)
                VALUES (:title, :titleEn, :content, :contentEn, :category, :priority, :urgent, :active, :sms, :cc, :wards, :published,
                        :expires, :by, :by, :at, :at)
                RETURNING id""")
                .params(params(row)).param("by", by).param("at", Timestamp.from(at)).query(UUID.class).single();
    }

    public void update(UUID id, NoticeRow row, UUID by) {
        jdbc.sql("""
                UPDATE notices SET title = :title, title_en = :titleEn, content = :content, content_en = :contentEn, category = :category,
                       priority = :priority, is_urgent = :urgent, is_active = :active, send_sms = :sms, city_corporation = :cc,
                       target_wards = :wards, published_at = :published, expires_at = :expires, updated_by = :by
                 WHERE id = :id""")
                .params(params(row)).param("id", id).param("by", by).update();
    }

    private static Map<String, Object> params(NoticeRow row) {
        var params = new HashMap<String, Object>();
        params.put("title", row.title());
        params.put("titleEn", row.titleEn());
        params.put("content", row.content());
        params.put("contentEn", row.contentEn());
        params.put("category", row.category().stored());
        params.put("priority", row.priority());
        params.put("urgent", row.isUrgent());
        params.put("active", row.isActive());
        params.put("sms", row.sendSms());
        params.put("cc", row.cityCorporation());
        params.put("wards", row.targetWards().toArray(String[]::new));
        params.put("published", Timestamp.from(row.publishedAt()));
        params.put("expires", row.expiresAt() == null ? null : Timestamp.from(row.expiresAt()));
        return params;
    }

    public Optional<NoticeView> find(UUID id, UUID reader, Instant now) {
        return jdbc.sql(SELECT + " WHERE n.id = :id").param("id", id).param("reader", reader).param("now", Timestamp.from(now))
                .query(NoticeRepository::view).optional();
    }

    /** Locks the notice so concurrent edits and announcements see one another. */
    public Optional<NoticeView> lock(UUID id, Instant now) {
        return jdbc.sql(SELECT + " WHERE n.id = :id FOR UPDATE OF n").param("id", id).param("reader", null)
                .param("now", Timestamp.from(now)).query(NoticeRepository::view).optional();
    }

    /**
     * The citizens' board: live notices for one ward plus those for its whole corporation and the whole
     * city. Without a ward, only the notices for everyone in the corporation (or anywhere, without one).
     */
    public Slice<NoticeView> board(String cc, String ward, NoticeCategory category, UUID reader, Instant now, PageQuery page) {
        var params = new HashMap<String, Object>();
        params.put("cc", cc);
        params.put("ward", ward);
        var where = new ArrayList<String>(List.of(LIVE, """
                ((cardinality(n.target_wards) = 0 AND (n.city_corporation IS NULL OR CAST(:cc AS varchar) IS NULL OR n.city_corporation = :cc))
                 OR (n.city_corporation = :cc AND n.target_wards @> ARRAY[CAST(:ward AS text)]))"""));
        filterCategory(category, where, params);
        return page(where, params, reader, now, page);
    }

    /** What staff manage: every state, in the wards of their scope (and city-wide notices, to read). */
    public Slice<NoticeView> managed(WardScope scope, String cc, String ward, NoticeCategory category, String state, Instant now,
            PageQuery page) {
        var params = new HashMap<String, Object>();
        var where = new ArrayList<String>();
        if (!scope.everywhere()) {
            where.add("""
                    (cardinality(n.target_wards) = 0 OR EXISTS (SELECT 1 FROM unnest(n.target_wards) w
                      WHERE n.city_corporation || '/' || w = ANY(:scope) OR '*/' || w = ANY(:scope)))""");
            params.put("scope", scope.keys().toArray(String[]::new));
        }
        if (cc != null) {
            where.add("(n.city_corporation IS NULL OR n.city_corporation = :cc)");
            params.put("cc", cc);
        }
        if (ward != null) {
            where.add("(cardinality(n.target_wards) = 0 OR n.target_wards @> ARRAY[CAST(:ward AS text)])");
            params.put("ward", ward);
        }
        if (state != null) {
            where.add(STATE + " = :state");
            params.put("state", state);
        }
        filterCategory(category, where, params);
        return page(where, params, null, now, page);
    }

    private static void filterCategory(NoticeCategory category, List<String> where, Map<String, Object> params) {
        if (category != null) {
            where.add("n.category = :category");
            params.put("category", category.stored());
        }
    }

    private Slice<NoticeView> page(List<String> where, Map<String, Object> params, UUID reader, Instant now, PageQuery page) {
        params.put("now", Timestamp.from(now));
        params.put("reader", reader);
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long count = jdbc.sql("SELECT count(*) FROM notices n" + condition).params(params).query(Long.class).single();
        List<NoticeView> rows = count == 0 ? List.of() : jdbc.sql(SELECT + condition + BOARD_ORDER + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset()).query(NoticeRepository::view).list();
        return new Slice<>(count, rows);
    }

    public void expire(UUID id, Instant at) {
        jdbc.sql("UPDATE notices SET expires_at = :at, updated_at = :at WHERE id = :id").param("id", id).param("at", Timestamp.from(at))
                .update();
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM notices WHERE id = :id").param("id", id).update();
    }

    /** Urgent notices whose time has come but whose citizens have not been told yet. */
    public List<UUID> dueForAnnouncement(Instant now, int limit) {
        return jdbc.sql("SELECT n.id FROM notices n WHERE n.is_urgent AND n.announced_at IS NULL AND " + LIVE
                        + " ORDER BY n.published_at LIMIT :limit")
                .param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
    }

    /** Claims the announcement of a live urgent notice: true for exactly one caller, whichever instance it runs on. */
    public boolean claimAnnouncement(UUID id, Instant now) {
        return jdbc.sql("UPDATE notices n SET announced_at = :now WHERE n.id = :id AND n.is_urgent AND n.announced_at IS NULL AND " + LIVE)
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    public void markRead(UUID id, UUID reader, Instant at) {
        jdbc.sql("""
                INSERT INTO notice_reads (notice_id, user_id, city_corporation, ward_number, read_at)
                SELECT :id, u.id, u.city_corporation, u.ward_number, :at FROM users u WHERE u.id = :reader
                ON CONFLICT (notice_id, user_id) DO NOTHING""")
                .param("id", id).param("reader", reader).param("at", Timestamp.from(at)).update();
    }

    /** Readers per ward ("CORPORATION/ward" → count); readers without a ward are left out. */
    public Map<String, Long> readersByWard(UUID id) {
        var readers = new LinkedHashMap<String, Long>();
        jdbc.sql("""
                SELECT city_corporation, ward_number, count(*) AS readers FROM notice_reads
                 WHERE notice_id = :id AND ward_number IS NOT NULL GROUP BY city_corporation, ward_number""")
                .param("id", id)
                .query((rs, n) -> readers.put(rs.getString("city_corporation") + "/" + rs.getString("ward_number"), rs.getLong("readers")))
                .list();
        return readers;
    }

    public Map<UUID, List<NoticeView.Attachment>> attachments(List<UUID> noticeIds) {
        var byNotice = new HashMap<UUID, List<NoticeView.Attachment>>();
        if (noticeIds.isEmpty()) {
            return byNotice;
        }
        jdbc.sql("""
                SELECT id, notice_id, file_url, thumbnail_url, file_type, file_name, size_bytes FROM notice_attachments
                 WHERE notice_id = ANY(:ids) ORDER BY created_at, id""")
                .param("ids", noticeIds.toArray(UUID[]::new))
                .query((rs, n) -> byNotice.computeIfAbsent(rs.getObject("notice_id", UUID.class), key -> new ArrayList<>())
                        .add(new NoticeView.Attachment(rs.getObject("id", UUID.class), rs.getString("file_url"),
                                rs.getString("thumbnail_url"), rs.getString("file_type"), rs.getString("file_name"), rs.getLong("size_bytes"))))
                .list();
        return byNotice;
    }

    public UUID addAttachment(UUID noticeId, String url, String thumbnailUrl, String fileType, String fileName, int size, Instant at) {
        return jdbc.sql("""
                INSERT INTO notice_attachments (notice_id, file_url, thumbnail_url, file_type, file_name, size_bytes, created_at)
                VALUES (:notice, :url, :thumb, :type, :name, :size, :at) RETURNING id""")
                .param("notice", noticeId).param("url", url).param("thumb", thumbnailUrl).param("type", fileType).param("name", fileName)
                .param("size", size).param("at", Timestamp.from(at)).query(UUID.class).single();
    }

    /** The removed attachment's files, or empty when the notice has no such attachment. */
    public Optional<List<String>> removeAttachment(UUID noticeId, UUID attachmentId) {
        return jdbc.sql("DELETE FROM notice_attachments WHERE id = :id AND notice_id = :notice RETURNING file_url, thumbnail_url")
                .param("id", attachmentId).param("notice", noticeId)
                .query((rs, n) -> files(rs)).optional();
    }

    public List<String> attachmentFiles(UUID noticeId) {
        return jdbc.sql("SELECT file_url, thumbnail_url FROM notice_attachments WHERE notice_id = :notice").param("notice", noticeId)
                .query((rs, n) -> files(rs)).list().stream().flatMap(List::stream).toList();
    }

    private static List<String> files(ResultSet rs) throws SQLException {
        var files = new ArrayList<String>();
        files.add(rs.getString("file_url"));
        if (rs.getString("thumbnail_url") != null) {
            files.add(rs.getString("thumbnail_url"));
        }
        return files;
    }

    static NoticeView view(ResultSet rs, int n) throws SQLException {
        var category = StoredValue.fromStored(NoticeCategory.class, rs.getString("category"));
        return new NoticeView(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("title_en"), rs.getString("content"),
                rs.getString("content_en"), category.stored(), category.code(), rs.getString("priority"), rs.getBoolean("is_active"),
                rs.getBoolean("is_urgent"), rs.getBoolean("send_sms"), rs.getString("city_corporation"), wards(rs.getArray("target_wards")),
                instant(rs, "published_at"), instant(rs, "expires_at"), rs.getString("state"), rs.getObject("created_by", UUID.class),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getBoolean("is_read"), List.of());
    }

    private static List<String> wards(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
