package bd.gov.cleancare.notifications.internal;

import bd.gov.cleancare.notifications.Notification;
import bd.gov.cleancare.notifications.NotificationView;
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

@Repository
public class NotificationRepository {

    private static final String COLUMNS = "id, kind, title, body, resource_type, resource_id, is_read, read_at, created_at";

    private final JdbcClient jdbc;

    public NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new notification, or empty when one for the same event exists. */
    public Optional<NotificationView> insertReturning(Notification n, Instant at) {
        return jdbc.sql("""
                INSERT INTO notifications (user_id, kind, title, body, resource_type, resource_id, event_key, created_at)
                VALUES (:user, :kind, :title, :body, :type, :resource, :key, :at)
                ON CONFLICT (event_key) DO NOTHING
                RETURNING\s""" + COLUMNS)
                .param("user", n.userId()).param("kind", n.kind()).param("title", n.title()).param("body", n.body())
                .param("type", n.resourceType()).param("resource", n.resourceId()).param("key", n.eventKey())
                .param("at", Timestamp.from(at))
                .query(NotificationRepository::view).optional();
    }

    /** The template's notification for each user not yet told of this event (key = prefix + ":" + user id), by user. */
    public java.util.Map<UUID, NotificationView> insertForEach(List<UUID> users, Notification template, Instant at) {
        var created = new java.util.LinkedHashMap<UUID, NotificationView>();
        jdbc.sql("""
                INSERT INTO notifications (user_id, kind, title, body, resource_type, resource_id, event_key, created_at)
                SELECT u, :kind, :title, :body, :type, :resource, :key || ':' || u, :at FROM unnest(CAST(:users AS uuid[])) AS u
                ON CONFLICT (event_key) DO NOTHING
                RETURNING user_id,\s""" + COLUMNS)
                .param("users", users.stream().map(UUID::toString).toArray(String[]::new)).param("kind", template.kind())
                .param("title", template.title()).param("body", template.body()).param("type", template.resourceType())
                .param("resource", template.resourceId()).param("key", template.eventKey()).param("at", Timestamp.from(at))
                .query((rs, n) -> created.put(rs.getObject("user_id", UUID.class), view(rs, n))).list();
        return created;
    }

    public Slice<NotificationView> list(UUID userId, Boolean read, PageQuery page) {
        var condition = " WHERE user_id = :user" + (read == null ? "" : " AND is_read = :read");
        var count = jdbc.sql("SELECT count(*) FROM notifications" + condition).param("user", userId).param("read", read)
                .query(Long.class).single();
        List<NotificationView> items = count == 0 ? List.of() : jdbc.sql("SELECT " + COLUMNS + " FROM notifications" + condition
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("user", userId).param("read", read).param("limit", page.pageSize()).param("offset", page.offset())
                .query(NotificationRepository::view).list();
        return new Slice<>(count, items);
    }

    public Optional<NotificationView> find(UUID userId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notifications WHERE id = :id AND user_id = :user")
                .param("id", id).param("user", userId).query(NotificationRepository::view).optional();
    }

    public long unread(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :user AND NOT is_read").param("user", userId)
                .query(Long.class).single();
    }

    public boolean markRead(UUID userId, UUID id, Instant at) {
        return jdbc.sql("UPDATE notifications SET is_read = TRUE, read_at = coalesce(read_at, :at) WHERE id = :id AND user_id = :user")
                .param("id", id).param("user", userId).param("at", Timestamp.from(at)).update() == 1;
    }

    public int markAllRead(UUID userId, Instant at) {
        return jdbc.sql("UPDATE notifications SET is_read = TRUE, read_at = :at WHERE user_id = :user AND NOT is_read")
                .param("user", userId).param("at", Timestamp.from(at)).update();
    }

    private static NotificationView view(ResultSet rs, int n) throws SQLException {
        var readAt = rs.getTimestamp("read_at");
        return new NotificationView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("title"), rs.getString("body"),
                rs.getString("resource_type"), rs.getObject("resource_id", UUID.class), rs.getBoolean("is_read"),
                readAt == null ? null : readAt.toInstant(), rs.getTimestamp("created_at").toInstant());
    }
}
