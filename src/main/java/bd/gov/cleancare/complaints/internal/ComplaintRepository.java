package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.ComplaintDetail;
import bd.gov.cleancare.complaints.ComplaintSummary;
import bd.gov.cleancare.complaints.ComplaintUpdateView;
import bd.gov.cleancare.complaints.Deadline;
import bd.gov.cleancare.complaints.NearbyComplaint;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.complaints.Source;
import bd.gov.cleancare.complaints.PublicComplaint;
import bd.gov.cleancare.complaints.PublicComplaintQuery;
import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.complaints.TrackedComplaint;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.math.BigDecimal;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for complaints, their images and their updates. */
@Repository
public class ComplaintRepository {

    private static final String COLUMNS = """
            c.id, c.user_id, c.tracking_number, c.title, c.description, c.category, c.priority, c.status, c.location,
            c.latitude, c.longitude, c.ward_number, c.city_corporation, c.assigned_to, c.rating, c.rating_comment, c.rated_at,
            c.source, c.created_at, c.updated_at, c.resolved_at, c.response_due_at, c.resolution_due_at, c.responded_at,
            c.overdue_at, c.escalation_level, c.support_count, c.is_public, c.hide_name, c.duplicate_of, c.filed_by, c.held,
            c.public_title, c.public_description, c.answers::text AS answers""";

    private static final String SEARCHABLE = "(c.tracking_number || ' ' || c.title || ' ' || c.description || ' ' || c.location)";

    private static final String PRIORITY_RANK = "CASE c.priority WHEN 'উচ্চ' THEN 1 WHEN 'মধ্যম' THEN 2 ELSE 3 END";
    private static final String STATUS_RANK =
            "CASE c.status WHEN 'জমা দেওয়া হয়েছে' THEN 1 WHEN 'পুনরায় খোলা হয়েছে' THEN 2 WHEN 'প্রক্রিয়াধীন' THEN 2 WHEN 'সমাধান হয়েছে' THEN 3 ELSE 4 END";

    /** ?ordering= values, mapped to SQL; id breaks ties so pages never overlap. */
    private static final Map<String, String> ORDERINGS = Map.ofEntries(
            Map.entry("created_at", "c.created_at ASC, c.id"), Map.entry("-created_at", "c.created_at DESC, c.id"),
            Map.entry("updated_at", "c.updated_at ASC, c.id"), Map.entry("-updated_at", "c.updated_at DESC, c.id"),
            Map.entry("priority", PRIORITY_RANK + " ASC, c.created_at DESC, c.id"),
            Map.entry("-priority", PRIORITY_RANK + " DESC, c.created_at DESC, c.id"),
            Map.entry("status", STATUS_RANK + " ASC, c.created_at DESC, c.id"),
            Map.entry("-status", STATUS_RANK + " DESC, c.created_at DESC, c.id"),
            Map.entry("support_count", "c.support_count ASC, c.created_at DESC, c.id"),
            Map.entry("-support_count", "c.support_count DESC, c.created_at DESC, c.id"),
            Map.entry("resolution_due_at", "c.resolution_due_at ASC NULLS LAST, c.id"),
            Map.entry("-resolution_due_at", "c.resolution_due_at DESC NULLS LAST, c.id"));

    static final int COUNT_CAP = 10_000;
    static final int SEARCH_COUNT_CAP = 1_000;

    private final JdbcClient jdbc;

    public ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts, drawing the day's tracking number: from here the counter row stays locked until commit,
     * so the caller commits right after (every filing of the day waits for it).
     */
    public ComplaintRow insert(UUID id, UUID userId, ValidComplaint complaint, String source, UUID filedBy, Instant now,
            java.time.LocalDate dhakaDay, DueTimes.Due due, boolean held, String answersJson, String idempotencyKey) {
        return jdbc.sql("""
                INSERT INTO complaints (id, user_id, title, description, category, priority, status, location, latitude, longitude,
                                        ward_number, city_corporation, source, created_at, updated_at, response_due_at,
                                        resolution_due_at, filed_by, held, is_public, answers, idempotency_key, tracking_number)
                VALUES (:id, :user, :title, :description, :category, :priority, :status, :location, :lat, :lng,
                        :ward, :cc, :source, :now, :now, :responseDue, :resolutionDue, :filedBy, :held, NOT :held,
                        CAST(:answers AS jsonb), :key, generate_tracking_number(:day))
                RETURNING\s""" + COLUMNS.replace("c.", ""))
                .param("id", id).param("user", userId).param("title", complaint.title()).param("description", complaint.description())
                .param("category", complaint.category().stored()).param("priority", complaint.priority().stored())
                .param("status", Status.SUBMITTED.stored()).param("location", complaint.location())
                .param("lat", complaint.latitude()).param("lng", complaint.longitude())
                .param("ward", complaint.wardNumber()).param("cc", complaint.cityCorporation())
                .param("source", source).param("filedBy", filedBy).param("now", Timestamp.from(now)).param("day", dhakaDay)
                .param("held", held).param("answers", answersJson).param("key", idempotencyKey)
                .param("responseDue", Timestamp.from(due.response())).param("resolutionDue", Timestamp.from(due.resolution()))
                .query(ComplaintRepository::row).single();
    }

    /** The complaint this citizen filed with this Idempotency-Key, if any. */
    public Optional<ComplaintRow> byIdempotencyKey(UUID userId, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaints c WHERE c.user_id = :user AND c.idempotency_key = :key")
                .param("user", userId).param("key", key).query(ComplaintRepository::row).optional();
    }

    public Optional<ComplaintRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaints c WHERE c.id = :id").param("id", id).query(ComplaintRepository::row).optional();
    }

    public Optional<ComplaintRow> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaints c WHERE c.id = :id FOR UPDATE").param("id", id).query(ComplaintRepository::row).optional();
    }

    public Optional<ComplaintRow> findByTrackingNumber(String trackingNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaints c WHERE c.tracking_number = :n").param("n", trackingNumber)
                .query(ComplaintRepository::row).optional();
    }

    public void updateContent(UUID id, ValidComplaint content) {
        jdbc.sql("""
                UPDATE complaints SET title = :title, description = :description, category = :category, priority = :priority,
                       location = :location, latitude = :lat, longitude = :lng, ward_number = :ward, city_corporation = :cc
                 WHERE id = :id""")
                .param("id", id).param("title", content.title()).param("description", content.description())
                .param("category", content.category().stored()).param("priority", content.priority().stored())
                .param("location", content.location()).param("lat", content.latitude()).param("lng", content.longitude())
                .param("ward", content.wardNumber()).param("cc", content.cityCorporation())
                .update();
    }

    public void changeStatus(UUID id, Status status, Instant resolvedAt) {
        jdbc.sql("UPDATE complaints SET status = :status, resolved_at = :resolved WHERE id = :id")
                .param("id", id).param("status", status.stored()).param("resolved", resolvedAt == null ? null : Timestamp.from(resolvedAt))
                .update();
    }

    public void assign(UUID id, UUID assignee) {
        jdbc.sql("UPDATE complaints SET assigned_to = :assignee WHERE id = :id").param("id", id).param("assignee", assignee).update();
    }

    public void setCoordinatesIfMissing(UUID id, BigDecimal latitude, BigDecimal longitude) {
        jdbc.sql("UPDATE complaints SET latitude = :lat, longitude = :lng WHERE id = :id AND latitude IS NULL")
                .param("id", id).param("lat", latitude).param("lng", longitude).update();
    }

    public void rate(UUID id, int rating, String comment, Instant at) {
        jdbc.sql("UPDATE complaints SET rating = :rating, rating_comment = :comment, rated_at = :at WHERE id = :id")
                .param("id", id).param("rating", rating).param("comment", comment).param("at", Timestamp.from(at)).update();
    }

    public void setHideName(UUID id, boolean hide) {
        jdbc.sql("UPDATE complaints SET hide_name = :hide WHERE id = :id").param("id", id).param("hide", hide).update();
    }

    /** The name the public may see: null when the citizen hides it or their account was erased. */
    public Optional<String> shownName(UUID complaintId) {
        return jdbc.sql("""
                SELECT u.name FROM complaints c JOIN users u ON u.id = c.user_id
                 WHERE c.id = :id AND NOT c.hide_name AND u.erased_at IS NULL""")
                .param("id", complaintId).query(String.class).optional();
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM complaints WHERE id = :id").param("id", id).update();
    }

    public void addUpdate(UUID complaintId, UUID by, Status oldStatus, Status newStatus, String comment, UUID assignedTo, Instant at) {
        jdbc.sql("""
                INSERT INTO complaint_updates (complaint_id, updated_by, old_status, new_status, comment, assigned_to, created_at)
                VALUES (:complaint, :by, :old, :new, :comment, :assigned, :at)""")
                .param("complaint", complaintId).param("by", by).param("old", oldStatus == null ? null : oldStatus.stored())
                .param("new", newStatus.stored()).param("comment", comment).param("assigned", assignedTo)
                .param("at", Timestamp.from(at))
                .update();
    }

    public Slice<ComplaintSummary> list(Visibility visibility, ComplaintFilter filter, PageQuery page, Instant now) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (visibility.ownerId() != null) {
            where.add("c.user_id = :owner");
            params.put("owner", visibility.ownerId());
        }
        if (visibility.assigneeId() != null) {
            where.add("c.assigned_to = :assignee");
            params.put("assignee", visibility.assigneeId());
        }
        if (visibility.wards() != null && !visibility.wards().everywhere()) {
            // The ward-number test can use the ward indexes; the key test keeps DSCC 12 apart from DNCC 12.
            where.add("c.ward_number = ANY(:scopeWards)");
            where.add("(c.city_corporation || '/' || c.ward_number = ANY(:scope) OR '*/' || c.ward_number = ANY(:scope))");
            params.put("scope", visibility.wards().keys().toArray(String[]::new));
            params.put("scopeWards", visibility.wards().keys().stream().map(key -> key.substring(key.indexOf('/') + 1)).distinct().toArray(String[]::new));
        }
        if (filter.status() != null) {
            where.add("c.status = :status");
            params.put("status", filter.status().stored());
        }
        if (filter.category() != null) {
            where.add("c.category = :category");
            params.put("category", filter.category().stored());
        }
        if (filter.priority() != null) {
            where.add("c.priority = :priority");
            params.put("priority", filter.priority().stored());
        }
        if (filter.wardNumber() != null) {
            where.add("c.ward_number = :ward");
            params.put("ward", filter.wardNumber());
        }
        if (filter.cityCorporation() != null) {
            where.add("c.city_corporation = :cc");
            params.put("cc", filter.cityCorporation());
        }
        if (filter.assignedTo() != null) {
            where.add("c.assigned_to = :assignedTo");
            params.put("assignedTo", filter.assignedTo());
        }
        if (filter.createdFrom() != null) {
            where.add("c.created_at >= :from");
            params.put("from", Timestamp.from(filter.createdFrom()));
        }
        if (filter.createdTo() != null) {
            where.add("c.created_at <= :to");
            params.put("to", Timestamp.from(filter.createdTo()));
        }
        if (filter.held() != null) {
            where.add("c.held = :held");
            params.put("held", filter.held());
        }
        if (filter.search() != null) {
            var ascii = Digits.toAscii(filter.search());
            // Bengali digits typed into the search also find ASCII tracking numbers.
            where.add(ascii.equals(filter.search()) ? SEARCHABLE + " ILIKE :search"
                    : "(" + SEARCHABLE + " ILIKE :search OR " + SEARCHABLE + " ILIKE :asciiSearch)");
            params.put("search", likePattern(filter.search()));
            params.put("asciiSearch", likePattern(ascii));
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        var ordering = ORDERINGS.get(filter.ordering() == null ? "-created_at" : filter.ordering());
        if (ordering == null) {
            throw RuleViolated.onField("ordering", "validation.ordering", String.join(", ", ORDERINGS.keySet().stream().sorted().toList()));
        }
        // Counting a city's worth of rows costs more than the page itself: stop at a cap (a searched word
        // can match a quarter of a million complaints; nobody pages that far).
        int cap = filter.search() != null ? SEARCH_COUNT_CAP : COUNT_CAP;
        long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM complaints c" + condition + " LIMIT :cap) counted")
                .params(params).param("cap", cap + 1).query(Long.class).single();
        boolean capped = counted > cap;
        long count = Math.min(counted, cap);
        if (count == 0 || page.offset() >= count) {
            return new Slice<>(count, List.of(), capped);
        }
        // The page is chosen first, so the per-row lookups run for its rows only, not for the skipped ones.
        var items = jdbc.sql("SELECT " + COLUMNS + """
                        , (SELECT i.thumbnail_url FROM complaint_images i WHERE i.complaint_id = c.id
                            ORDER BY i.uploaded_at, i.id LIMIT 1) AS thumbnail_url
                        , (SELECT count(*) FROM complaint_updates u WHERE u.complaint_id = c.id) AS update_count
                        FROM (SELECT * FROM complaints c""" + condition + " ORDER BY " + ordering
                        + " LIMIT :limit OFFSET :offset) c ORDER BY " + ordering)
                .params(params).param("limit", page.pageSize()).param("offset", page.offset())
                .query((rs, n) -> summary(row(rs, n), rs.getString("thumbnail_url"), rs.getLong("update_count"), now))
                .list();
        return new Slice<>(count, items, capped);
    }

    // ---- duplicates ----

    /** Closes a duplicate and points it at its original. */
    public void markDuplicate(UUID id, UUID originalId) {
        jdbc.sql("UPDATE complaints SET status = :status, resolved_at = NULL, duplicate_of = :original WHERE id = :id")
                .param("id", id).param("status", Status.CANCELLED.stored()).param("original", originalId).update();
    }

    /** Whether any complaint was merged into this one (then it cannot become a duplicate itself: no chains). */
    public boolean hasDuplicates(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM complaints WHERE duplicate_of = :id)").param("id", id).query(Boolean.class).single();
    }

    /**
     * The duplicate's citizen and supporters follow the original from now on, as its supporters (who hear
     * of its status changes); the original's own citizen is not their own supporter. The count is recounted
     * under the original's row lock. Returns how many new followers the original got.
     */
    public int moveFollowers(UUID duplicateId, UUID originalId, Instant at) {
        int moved = jdbc.sql("""
                INSERT INTO complaint_supports (complaint_id, user_id, created_at)
                SELECT :original, f.user_id, :at FROM (
                    SELECT user_id FROM complaints WHERE id = :duplicate
                    UNION SELECT user_id FROM complaint_supports WHERE complaint_id = :duplicate) f
                 WHERE f.user_id <> (SELECT user_id FROM complaints WHERE id = :original)
                ON CONFLICT DO NOTHING""")
                .param("original", originalId).param("duplicate", duplicateId).param("at", Timestamp.from(at)).update();
        jdbc.sql("UPDATE complaints SET support_count = (SELECT count(*) FROM complaint_supports WHERE complaint_id = :id) WHERE id = :id")
                .param("id", originalId).update();
        return moved;
    }

    /** A timeline row that links to another complaint ({@code link}: duplicate_of or duplicate_merged). */
    public void addLinkedUpdate(UUID complaintId, UUID by, Status oldStatus, Status newStatus, String comment, String link,
            UUID linkedComplaintId, Instant at) {
        jdbc.sql("""
                INSERT INTO complaint_updates (complaint_id, updated_by, old_status, new_status, comment, link, linked_complaint_id, created_at)
                VALUES (:complaint, :by, :old, :new, :comment, :link, :linked, :at)""")
                .param("complaint", complaintId).param("by", by).param("old", oldStatus.stored()).param("new", newStatus.stored())
                .param("comment", comment).param("link", link).param("linked", linkedComplaintId).param("at", Timestamp.from(at))
                .update();
    }

    // ---- "me too" ----

    /** False when this citizen supports it already; the count moves with the row, under the complaint's row lock. */
    public boolean addSupport(UUID complaintId, UUID userId, Instant at) {
        boolean added = jdbc.sql("""
                INSERT INTO complaint_supports (complaint_id, user_id, created_at) VALUES (:complaint, :user, :at)
                ON CONFLICT DO NOTHING""")
                .param("complaint", complaintId).param("user", userId).param("at", Timestamp.from(at)).update() > 0;
        if (added) {
            jdbc.sql("UPDATE complaints SET support_count = support_count + 1 WHERE id = :id").param("id", complaintId).update();
        }
        return added;
    }

    public boolean removeSupport(UUID complaintId, UUID userId) {
        boolean removed = jdbc.sql("DELETE FROM complaint_supports WHERE complaint_id = :complaint AND user_id = :user")
                .param("complaint", complaintId).param("user", userId).update() > 0;
        if (removed) {
            jdbc.sql("UPDATE complaints SET support_count = support_count - 1 WHERE id = :id").param("id", complaintId).update();
        }
        return removed;
    }

    public boolean supports(UUID complaintId, UUID userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM complaint_supports WHERE complaint_id = :complaint AND user_id = :user)")
                .param("complaint", complaintId).param("user", userId).query(Boolean.class).single();
    }

    public List<UUID> supporters(UUID complaintId) {
        return jdbc.sql("SELECT user_id FROM complaint_supports WHERE complaint_id = :id ORDER BY created_at")
                .param("id", complaintId).query(UUID.class).list();
    }

    public long updateCount(UUID complaintId) {
        return jdbc.sql("SELECT count(*) FROM complaint_updates WHERE complaint_id = :id").param("id", complaintId).query(Long.class).single();
    }

    public List<ComplaintDetail.Image> images(UUID complaintId) {
        return jdbc.sql("""
                SELECT id, image_url, thumbnail_url, image_name, file_size, width, height, uploaded_at
                  FROM complaint_images WHERE complaint_id = :id ORDER BY uploaded_at, id""")
                .param("id", complaintId)
                .query((rs, n) -> new ComplaintDetail.Image(rs.getObject("id", UUID.class), rs.getString("image_url"),
                        rs.getString("thumbnail_url"), rs.getString("image_name"), (Integer) rs.getObject("file_size"),
                        (Integer) rs.getObject("width"), (Integer) rs.getObject("height"), instant(rs, "uploaded_at")))
                .list();
    }

    public int imageCount(UUID complaintId) {
        return jdbc.sql("SELECT count(*) FROM complaint_images WHERE complaint_id = :id").param("id", complaintId).query(Integer.class).single();
    }

    public void addImage(UUID complaintId, String imageUrl, String thumbnailUrl, String name, int size, int width, int height, Instant at) {
        jdbc.sql("""
                INSERT INTO complaint_images (complaint_id, image_url, thumbnail_url, image_name, file_size, width, height, uploaded_at)
                VALUES (:complaint, :url, :thumb, :name, :size, :width, :height, :at)""")
                .param("complaint", complaintId).param("url", imageUrl).param("thumb", thumbnailUrl).param("name", name)
                .param("size", size).param("width", width).param("height", height).param("at", Timestamp.from(at))
                .update();
    }

    /** Every stored file of a complaint, to remove after it is deleted. */
    public List<String> fileUrls(UUID complaintId) {
        return jdbc.sql("SELECT image_url, thumbnail_url FROM complaint_images WHERE complaint_id = :id").param("id", complaintId)
                .query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2))))
                .list().stream().flatMap(List::stream).filter(url -> !"null".equals(url)).toList();
    }

    /** {@code withHidden}: staff see the updates moderation hid from everybody else. */
    public Slice<ComplaintUpdateView> updates(UUID complaintId, PageQuery page, boolean withHidden) {
        long count = withHidden ? updateCount(complaintId)
                : jdbc.sql("SELECT count(*) FROM complaint_updates WHERE complaint_id = :id AND is_public").param("id", complaintId)
                        .query(Long.class).single();
        var items = jdbc.sql("""
                SELECT u.id, u.complaint_id, u.old_status, u.new_status, u.comment, u.assigned_to, u.created_at, u.event,
                       u.is_public, b.id AS by_id, b.name AS by_name, b.user_type AS by_type,
                       u.link, u.linked_complaint_id, l.tracking_number AS linked_tracking_number
                  FROM complaint_updates u LEFT JOIN users b ON b.id = u.updated_by
                  LEFT JOIN complaints l ON l.id = u.linked_complaint_id
                 WHERE u.complaint_id = :id AND (u.is_public OR :withHidden)
                 ORDER BY u.created_at, u.seq LIMIT :limit OFFSET :offset""")
                .param("id", complaintId).param("withHidden", withHidden).param("limit", page.pageSize()).param("offset", page.offset())
                .query((rs, n) -> {
                    var old = rs.getString("old_status") == null ? null : StoredValue.fromStored(Status.class, rs.getString("old_status"));
                    var now = StoredValue.fromStored(Status.class, rs.getString("new_status"));
                    return new ComplaintUpdateView(rs.getObject("id", UUID.class), rs.getObject("complaint_id", UUID.class),
                            old == null ? null : old.stored(), old == null ? null : old.code(), now.stored(), now.code(),
                            rs.getString("comment"), rs.getObject("assigned_to", UUID.class),
                            rs.getObject("by_id") == null ? null
                                    : new ComplaintUpdateView.UpdatedBy(rs.getObject("by_id", UUID.class), rs.getString("by_name"), rs.getString("by_type")),
                            instant(rs, "created_at"), rs.getString("event"), rs.getString("link"),
                            rs.getObject("linked_complaint_id", UUID.class), rs.getString("linked_tracking_number"),
                            rs.getBoolean("is_public"));
                })
                .list();
        return new Slice<>(count, items);
    }

    /** Status changes only, oldest first: the public timeline. */
    public List<TrackedComplaint.Step> statusSteps(UUID complaintId) {
        return jdbc.sql("""
                SELECT new_status, created_at FROM complaint_updates
                 WHERE complaint_id = :id AND old_status IS DISTINCT FROM new_status AND is_public ORDER BY created_at, seq""")
                .param("id", complaintId)
                .query((rs, n) -> {
                    var status = StoredValue.fromStored(Status.class, rs.getString("new_status"));
                    return new TrackedComplaint.Step(status.stored(), status.code(), instant(rs, "created_at"));
                })
                .list();
    }

    /** Open complaints within radius, nearest first: a box on the position index, then the exact distance. */
    public List<NearbyComplaint> nearby(double latitude, double longitude, int radiusMeters, Category category, int limit) {
        double latDelta = radiusMeters / 111_320.0;
        double lngDelta = radiusMeters / (111_320.0 * Math.cos(Math.toRadians(latitude)));
        return jdbc.sql("""
                SELECT * FROM (
                  SELECT c.id, c.tracking_number, COALESCE(c.public_title, c.title) AS title, c.category, c.status, c.latitude, c.longitude, c.created_at, c.support_count,
                         round(6371000 * 2 * asin(sqrt(
                             power(sin(radians(c.latitude - :lat) / 2), 2)
                           + cos(radians(:lat)) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - :lng) / 2), 2)))) AS distance
                    FROM complaints c
                   WHERE c.status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') AND c.latitude IS NOT NULL AND c.is_public
                     AND c.latitude BETWEEN :minLat AND :maxLat AND c.longitude BETWEEN :minLng AND :maxLng
                     AND (CAST(:category AS text) IS NULL OR c.category = :category)) near
                 WHERE distance <= :radius ORDER BY distance, created_at DESC LIMIT :limit""")
                .param("lat", latitude).param("lng", longitude).param("radius", radiusMeters)
                .param("minLat", latitude - latDelta).param("maxLat", latitude + latDelta)
                .param("minLng", longitude - lngDelta).param("maxLng", longitude + lngDelta)
                .param("category", category == null ? null : category.stored()).param("limit", limit)
                .query((rs, n) -> {
                    var cat = StoredValue.fromStored(Category.class, rs.getString("category"));
                    var status = StoredValue.fromStored(Status.class, rs.getString("status"));
                    return new NearbyComplaint(rs.getObject("id", UUID.class), rs.getString("tracking_number"), rs.getString("title"),
                            cat.stored(), cat.code(), status.stored(), status.code(), rs.getBigDecimal("latitude"),
                            rs.getBigDecimal("longitude"), rs.getInt("distance"), instant(rs, "created_at"), rs.getInt("support_count"));
                })
                .list();
    }

    /** {@code names} turns a complaint and its shown name (null when hidden) into its public "reported by". */
    public List<PublicComplaint> publicComplaints(PublicComplaintQuery query,
            java.util.function.BiFunction<ComplaintRow, String, String> names) {
        var where = new ArrayList<String>(List.of("c.is_public"));
        var params = new HashMap<String, Object>();
        if (query.trackingNumbers() != null && !query.trackingNumbers().isEmpty()) {
            where.add("c.tracking_number = ANY(:numbers)");
            params.put("numbers", query.trackingNumbers().toArray(String[]::new));
        }
        if (query.categories() != null && !query.categories().isEmpty()) {
            where.add("c.category = ANY(:categories)");
            params.put("categories", query.categories().stream().map(Category::stored).toArray(String[]::new));
        }
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            where.add("c.status = ANY(:statuses)");
            params.put("statuses", query.statuses().stream().map(Status::stored).toArray(String[]::new));
        }
        if (query.cityCorporation() != null) {
            where.add("c.city_corporation = :cc");
            params.put("cc", query.cityCorporation());
        }
        if (query.wardNumber() != null) {
            where.add("c.ward_number = :ward");
            params.put("ward", query.wardNumber());
        }
        if (query.from() != null) {
            where.add("c.created_at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.add("c.created_at <= :to");
            params.put("to", Timestamp.from(query.to()));
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return jdbc.sql("SELECT " + COLUMNS + """
                        , (SELECT i.image_url FROM complaint_images i WHERE i.complaint_id = c.id
                            ORDER BY i.uploaded_at, i.id LIMIT 1) AS image_url
                        , (SELECT u.name FROM users u WHERE u.id = c.user_id AND NOT c.hide_name AND u.erased_at IS NULL) AS shown_name
                        , COALESCE(c.public_title, c.title) AS shown_title, COALESCE(c.public_description, c.description) AS shown_description
                        FROM complaints c""" + condition + " ORDER BY c.created_at DESC, c.tracking_number DESC LIMIT :limit")
                .params(params).param("limit", query.limit())
                .query((rs, n) -> {
                    var c = row(rs, n);
                    return new PublicComplaint(c.id(), c.trackingNumber(), c.category(), c.status(), rs.getString("shown_title"),
                            rs.getString("shown_description"),
                            c.location(), c.latitude(), c.longitude(), c.wardNumber(), c.cityCorporation(), c.createdAt(),
                            c.updatedAt(), c.resolvedAt(), rs.getString("image_url"), c.resolutionDueAt(), c.supportCount(),
                            names.apply(c, rs.getString("shown_name")));
                })
                .list();
    }

    public static ComplaintSummary summary(ComplaintRow c, String thumbnailUrl, long updateCount, Instant now) {
        return new ComplaintSummary(c.id(), c.trackingNumber(), c.title(), c.description(),
                c.category().stored(), c.category().code(), c.priority().stored(), c.priority().code(),
                c.status().stored(), c.status().code(), c.location(), c.latitude(), c.longitude(), c.wardNumber(),
                c.cityCorporation(), c.userId(), c.assignedTo(), c.rating(), thumbnailUrl, updateCount,
                c.createdAt(), c.updatedAt(), c.resolvedAt(), c.responseDueAt(), c.resolutionDueAt(), deadline(c, now),
                c.supportCount());
    }

    public static Deadline deadline(ComplaintRow c, Instant now) {
        return Deadline.of(c.status(), c.responseDueAt(), c.resolutionDueAt(), c.respondedAt(), c.resolvedAt(), c.overdueAt(),
                c.escalationLevel(), now);
    }

    public void setDueTimes(UUID id, DueTimes.Due due) {
        jdbc.sql("UPDATE complaints SET response_due_at = :response, resolution_due_at = :resolution WHERE id = :id")
                .param("id", id).param("response", Timestamp.from(due.response())).param("resolution", Timestamp.from(due.resolution()))
                .update();
    }

    /**
     * A re-open starts a new deadline round: new due times, nobody has responded yet, not overdue,
     * not escalated (the overdue job's steps are recorded per round).
     */
    public void restartDeadlines(UUID id, DueTimes.Due due) {
        jdbc.sql("""
                UPDATE complaints SET response_due_at = :response, resolution_due_at = :resolution, responded_at = NULL,
                       overdue_at = NULL, escalation_level = 0, deadline_round = deadline_round + 1
                 WHERE id = :id""")
                .param("id", id).param("response", Timestamp.from(due.response())).param("resolution", Timestamp.from(due.resolution()))
                .update();
    }

    /** The first time staff acted on it: the response deadline is met from then on. */
    public void markResponded(UUID id, Instant at) {
        jdbc.sql("UPDATE complaints SET responded_at = :at WHERE id = :id AND responded_at IS NULL")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    private static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static ComplaintRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new ComplaintRow(
                rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("tracking_number"),
                rs.getString("title"), rs.getString("description"),
                StoredValue.fromStored(Category.class, rs.getString("category")),
                StoredValue.fromStored(Priority.class, rs.getString("priority")),
                StoredValue.fromStored(Status.class, rs.getString("status")),
                rs.getString("location"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                rs.getString("ward_number"), rs.getString("city_corporation"), rs.getObject("assigned_to", UUID.class),
                (Integer) rs.getObject("rating", Integer.class), rs.getString("rating_comment"), instant(rs, "rated_at"),
                Source.of(rs.getString("source")),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "resolved_at"),
                instant(rs, "response_due_at"), instant(rs, "resolution_due_at"), instant(rs, "responded_at"),
                instant(rs, "overdue_at"), rs.getInt("escalation_level"), rs.getInt("support_count"), rs.getBoolean("is_public"),
                rs.getBoolean("hide_name"), rs.getObject("duplicate_of", UUID.class), rs.getObject("filed_by", UUID.class),
                rs.getBoolean("held"), rs.getString("public_title"), rs.getString("public_description"), rs.getString("answers"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
