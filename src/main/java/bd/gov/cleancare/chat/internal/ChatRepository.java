package bd.gov.cleancare.chat.internal;

import bd.gov.cleancare.chat.AutoReply;
import bd.gov.cleancare.chat.ChatMessageView;
import bd.gov.cleancare.platform.security.WardScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for chat_messages, chat_reads and chat_auto_replies. */
@Repository
public class ChatRepository {

    /** The assistant's name on its messages, Bengali first. */
    static final String ASSISTANT_NAME = "ক্লিন কেয়ার সহায়ক (Clean Care assistant)";

    private static final String MESSAGE = """
            SELECT m.id, m.room_id, m.message, m.message_type, m.file_url, m.sender_id, u.name AS sender_name, m.created_at,
                   m.is_bot, m.seq
              FROM chat_messages m LEFT JOIN users u ON u.id = m.sender_id""";

    private final JdbcClient jdbc;

    public ChatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChatMessageView insert(String room, UUID sender, UUID receiver, String message, String type, String fileUrl, boolean bot,
            Instant at) {
        return jdbc.sql("""
                WITH m AS (
                    INSERT INTO chat_messages (sender_id, receiver_id, room_id, message, message_type, file_url, is_bot, created_at)
                    VALUES (:sender, :receiver, :room, :message, :type, :file, :bot, :at)
                    RETURNING id, room_id, message, message_type, file_url, sender_id, created_at, is_bot, seq)
                SELECT m.*, u.name AS sender_name FROM m LEFT JOIN users u ON u.id = m.sender_id""")
                .param("sender", sender).param("receiver", receiver).param("room", room).param("message", message)
                .param("type", type).param("file", fileUrl).param("bot", bot).param("at", Timestamp.from(at))
                .query(ChatRepository::message).single();
    }

    /** Newest first, before the given message (cursor), at most {@code limit}. */
    public List<ChatMessageView> history(String room, Long beforeSeq, int limit) {
        return jdbc.sql(MESSAGE + " WHERE m.room_id = :room AND (CAST(:before AS bigint) IS NULL OR m.seq < :before)"
                        + " ORDER BY m.seq DESC LIMIT :limit")
                .param("room", room).param("before", beforeSeq).param("limit", limit).query(ChatRepository::message).list();
    }

    public Optional<Long> seqOf(String room, UUID messageId) {
        return jdbc.sql("SELECT seq FROM chat_messages WHERE room_id = :room AND id = :id").param("room", room).param("id", messageId)
                .query(Long.class).optional();
    }

    /** Marks everything in the room up to now read by this user; messages sent to them get is_read. */
    public int markRead(String room, UUID user, Instant at) {
        var last = jdbc.sql("SELECT coalesce(max(seq), 0) FROM chat_messages WHERE room_id = :room").param("room", room)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO chat_reads (room_id, user_id, last_read_seq, read_at) VALUES (:room, :user, :seq, :at)
                ON CONFLICT (room_id, user_id) DO UPDATE SET last_read_seq = greatest(chat_reads.last_read_seq, EXCLUDED.last_read_seq),
                                                            read_at = EXCLUDED.read_at""")
                .param("room", room).param("user", user).param("seq", last).param("at", Timestamp.from(at)).update();
        return jdbc.sql("""
                UPDATE chat_messages SET is_read = TRUE
                 WHERE room_id = :room AND sender_id IS DISTINCT FROM :user AND NOT is_read AND (receiver_id = :user OR receiver_id IS NULL)""")
                .param("room", room).param("user", user).update();
    }

    /** The furthest message anyone but this user has read in the room (0: none): my messages up to it are seen. */
    public long readByOthers(String room, UUID user) {
        return jdbc.sql("SELECT coalesce(max(last_read_seq), 0) FROM chat_reads WHERE room_id = :room AND user_id <> :user")
                .param("room", room).param("user", user).query(Long.class).single();
    }

    public record RoomRow(String roomId, long lastSeq, long unread) {
    }

    /**
     * Rooms with messages that the user belongs to: their own support room and complaint rooms, and
     * for staff the rooms of their wards' complaints and residents.
     */
    public List<RoomRow> rooms(UUID user, WardScope staffWards, int limit) {
        boolean staff = staffWards != null;
        boolean everywhere = staff && staffWards.everywhere();
        var keys = staff ? staffWards.keys().toArray(String[]::new) : new String[0];
        return jdbc.sql("""
                WITH mine AS (
                    SELECT 'support-' || CAST(:user AS text) AS room_id
                    UNION SELECT 'complaint-' || c.id FROM complaints c WHERE c.user_id = :user
                    UNION SELECT 'complaint-' || c.id FROM complaints c WHERE c.assigned_to = :user
                    UNION SELECT DISTINCT room_id FROM chat_messages WHERE :staff AND :everywhere
                    UNION SELECT 'complaint-' || c.id FROM complaints c
                           WHERE :staff AND (c.city_corporation || '/' || c.ward_number = ANY(:keys) OR '*/' || c.ward_number = ANY(:keys))
                             AND EXISTS (SELECT 1 FROM chat_messages m WHERE m.room_id = 'complaint-' || c.id)
                    UNION SELECT 'support-' || u.id FROM users u
                           WHERE :staff AND (u.city_corporation || '/' || u.ward_number = ANY(:keys) OR '*/' || u.ward_number = ANY(:keys))
                             AND EXISTS (SELECT 1 FROM chat_messages m WHERE m.room_id = 'support-' || u.id))
                SELECT r.room_id, max(m.seq) AS last_seq,
                       count(*) FILTER (WHERE m.seq > coalesce(cr.last_read_seq, 0) AND m.sender_id IS DISTINCT FROM :user) AS unread
                  FROM mine r
                  JOIN chat_messages m ON m.room_id = r.room_id
                  LEFT JOIN chat_reads cr ON cr.room_id = r.room_id AND cr.user_id = :user
                 GROUP BY r.room_id ORDER BY max(m.seq) DESC LIMIT :limit""")
                .param("user", user).param("staff", staff).param("everywhere", everywhere).param("keys", keys).param("limit", limit)
                .query((rs, n) -> new RoomRow(rs.getString("room_id"), rs.getLong("last_seq"), rs.getLong("unread"))).list();
    }

    public Optional<ChatMessageView> bySeq(String room, long seq) {
        return jdbc.sql(MESSAGE + " WHERE m.room_id = :room AND m.seq = :seq").param("room", room).param("seq", seq)
                .query(ChatRepository::message).optional();
    }

    public List<AutoReply> autoReplies(boolean activeOnly) {
        return jdbc.sql("SELECT id, keywords, reply_bn, reply_en, is_active FROM chat_auto_replies"
                        + (activeOnly ? " WHERE is_active" : "") + " ORDER BY created_at")
                .query((rs, n) -> new AutoReply(rs.getObject("id", UUID.class), Arrays.asList((String[]) rs.getArray("keywords").getArray()),
                        rs.getString("reply_bn"), rs.getString("reply_en"), rs.getBoolean("is_active")))
                .list();
    }

    public UUID saveAutoReply(UUID id, List<String> keywords, String replyBn, String replyEn, boolean active, UUID by) {
        if (id == null) {
            return jdbc.sql("""
                    INSERT INTO chat_auto_replies (keywords, reply_bn, reply_en, is_active, created_by)
                    VALUES (:keywords, :bn, :en, :active, :by) RETURNING id""")
                    .param("keywords", keywords.toArray(String[]::new)).param("bn", replyBn).param("en", replyEn)
                    .param("active", active).param("by", by).query(UUID.class).single();
        }
        jdbc.sql("UPDATE chat_auto_replies SET keywords = :keywords, reply_bn = :bn, reply_en = :en, is_active = :active WHERE id = :id")
                .param("id", id).param("keywords", keywords.toArray(String[]::new)).param("bn", replyBn).param("en", replyEn)
                .param("active", active).update();
        return id;
    }

    public boolean deleteAutoReply(UUID id) {
        return jdbc.sql("DELETE FROM chat_auto_replies WHERE id = :id").param("id", id).update() == 1;
    }

    static ChatMessageView message(ResultSet rs, int n) throws SQLException {
        return new ChatMessageView(rs.getObject("id", UUID.class), rs.getString("room_id"), rs.getString("message"),
                rs.getString("message_type"), rs.getString("file_url"), rs.getObject("sender_id", UUID.class),
                rs.getBoolean("is_bot") ? ASSISTANT_NAME : rs.getString("sender_name"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("is_bot"), rs.getLong("seq"));
    }
}
