package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.ComplaintUpdateView;
import bd.gov.cleancare.complaints.Moderation;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for moderation: hidden complaints and updates, public text, kept originals, the history, held users. */
@Repository
public class ModerationRepository {

    private final JdbcClient jdbc;
    private final tools.jackson.databind.json.JsonMapper json;

    public ModerationRepository(JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void setPublic(UUID complaintId, boolean isPublic) {
        jdbc.sql("UPDATE complaints SET is_public = :public WHERE id = :id").param("id", complaintId).param("public", isPublic).update();
    }

    /** Released (public again) or rejected (stays hidden): either way no longer waiting for review. */
    public void endHold(UUID complaintId, boolean isPublic) {
        jdbc.sql("UPDATE complaints SET held = FALSE, is_public = :public WHERE id = :id")
                .param("id", complaintId).param("public", isPublic).update();
    }

    public void setPublicText(UUID complaintId, String title, String description) {
        jdbc.sql("UPDATE complaints SET public_title = :title, public_description = :description WHERE id = :id")
                .param("id", complaintId).param("title", title).param("description", description).update();
    }

    /** False when the update is not one of this complaint's. */
    public boolean setUpdatePublic(UUID complaintId, UUID updateId, boolean isPublic) {
        return jdbc.sql("UPDATE complaint_updates SET is_public = :public WHERE id = :update AND complaint_id = :complaint")
                .param("complaint", complaintId).param("update", updateId).param("public", isPublic).update() > 0;
    }

    public record StoredImage(UUID id, String imageUrl, String thumbnailUrl) {
    }

    public Optional<StoredImage> image(UUID complaintId, UUID imageId) {
        return jdbc.sql("SELECT id, image_url, thumbnail_url FROM complaint_images WHERE id = :image AND complaint_id = :complaint")
                .param("complaint", complaintId).param("image", imageId)
                .query((rs, n) -> new StoredImage(rs.getObject("id", UUID.class), rs.getString("image_url"), rs.getString("thumbnail_url")))
                .optional();
    }

    public void replaceImage(UUID imageId, String imageUrl, String thumbnailUrl, int size, int width, int height) {
        jdbc.sql("""
                UPDATE complaint_images SET image_url = :url, thumbnail_url = :thumb, file_size = :size, width = :width, height = :height
                 WHERE id = :id""")
                .param("id", imageId).param("url", imageUrl).param("thumb", thumbnailUrl).param("size", size)
                .param("width", width).param("height", height).update();
    }

    /** The first redaction keeps the unredacted copy; later ones keep that same first original. */
    public void keepOriginal(UUID imageId, byte[] content, String mediaType, Instant at) {
        jdbc.sql("""
                INSERT INTO complaint_image_originals (image_id, content, media_type, kept_at) VALUES (:id, :content, :type, :at)
                ON CONFLICT (image_id) DO NOTHING""")
                .param("id", imageId).param("content", content).param("type", mediaType).param("at", Timestamp.from(at)).update();
    }

    public Optional<Moderation.Original> original(UUID imageId) {
        return jdbc.sql("SELECT content, media_type FROM complaint_image_originals WHERE image_id = :id").param("id", imageId)
                .query((rs, n) -> new Moderation.Original(rs.getBytes("content"), rs.getString("media_type"))).optional();
    }

    public java.util.Set<UUID> redactedImages(UUID complaintId) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT o.image_id FROM complaint_image_originals o JOIN complaint_images i ON i.id = o.image_id
                 WHERE i.complaint_id = :id""").param("id", complaintId).query(UUID.class).list());
    }

    public void record(UUID complaintId, String action, UUID updateId, UUID imageId, String reason, java.util.Map<String, ?> details,
            UUID by, Instant at) {
        var detailsJson = details.isEmpty() ? null : json.writeValueAsString(details);
        jdbc.sql("""
                INSERT INTO complaint_moderations (complaint_id, action, update_id, image_id, reason, details, moderated_by, created_at)
                VALUES (:complaint, :action, :update, :image, :reason, CAST(:details AS jsonb), :by, :at)""")
                .param("complaint", complaintId).param("action", action).param("update", updateId).param("image", imageId)
                .param("reason", reason).param("details", detailsJson).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public List<Moderation.Entry> history(UUID complaintId) {
        return jdbc.sql("""
                SELECT m.id, m.action, m.update_id, m.image_id, m.reason, m.details::text AS details, m.created_at,
                       u.id AS by_id, u.name AS by_name, u.user_type AS by_type
                  FROM complaint_moderations m LEFT JOIN users u ON u.id = m.moderated_by
                 WHERE m.complaint_id = :id ORDER BY m.created_at DESC, m.id""")
                .param("id", complaintId)
                .query((rs, n) -> new Moderation.Entry(rs.getObject("id", UUID.class), rs.getString("action"),
                        rs.getObject("update_id", UUID.class), rs.getObject("image_id", UUID.class), rs.getString("reason"),
                        rs.getString("details") == null ? java.util.Map.<String, Object>of()
                                : json.readValue(rs.getString("details"), java.util.Map.class),
                        rs.getObject("by_id") == null ? null : new ComplaintUpdateView.UpdatedBy(rs.getObject("by_id", UUID.class),
                                rs.getString("by_name"), rs.getString("by_type")),
                        ComplaintRepository.instant(rs, "created_at")))
                .list();
    }

    // ---- held users ----

    public boolean isHeld(UUID userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM held_users WHERE user_id = :id)").param("id", userId).query(Boolean.class).single();
    }

    /** Holding a held user again replaces the reason. */
    public void hold(UUID userId, String reason, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO held_users (user_id, reason, added_by, added_at) VALUES (:user, :reason, :by, :at)
                ON CONFLICT (user_id) DO UPDATE SET reason = EXCLUDED.reason, added_by = EXCLUDED.added_by, added_at = EXCLUDED.added_at""")
                .param("user", userId).param("reason", reason).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public boolean unhold(UUID userId) {
        return jdbc.sql("DELETE FROM held_users WHERE user_id = :id").param("id", userId).update() > 0;
    }

    public List<Moderation.HeldUser> heldUsers(int limit, long offset) {
        return jdbc.sql("""
                SELECT h.user_id, u.name, u.phone, h.reason, h.added_by, h.added_at,
                       (SELECT count(*) FROM complaints c WHERE c.user_id = h.user_id AND c.held) AS waiting
                  FROM held_users h JOIN users u ON u.id = h.user_id
                 ORDER BY h.added_at DESC, h.user_id LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Moderation.HeldUser(rs.getObject("user_id", UUID.class), rs.getString("name"), rs.getString("phone"),
                        rs.getString("reason"), rs.getObject("added_by", UUID.class), ComplaintRepository.instant(rs, "added_at"),
                        rs.getLong("waiting")))
                .list();
    }

    public long heldUserCount() {
        return jdbc.sql("SELECT count(*) FROM held_users").query(Long.class).single();
    }
}
