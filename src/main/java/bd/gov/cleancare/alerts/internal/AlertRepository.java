package bd.gov.cleancare.alerts.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriptions, the fan-out's matching and the SMS digest's queue. */
@Repository
public class AlertRepository {

    private static final String COLUMNS = """
            id, user_id, city_corporation, ward_number, latitude, longitude, radius_m, categories, notify_new, notify_status,
            sms_digest, created_at""";
    /** 5 km (the largest radius) in degrees of latitude, with a margin; longitude's is widened by the latitude's cosine. */
    private static final double MAX_RADIUS_DEGREES = 5_000 / 111_000.0;
    private static final UUID FIRST = new UUID(0, 0);

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AlertRow insert(AlertRow row) {
        jdbc.sql("""
                INSERT INTO alert_subscriptions (id, user_id, city_corporation, ward_number, latitude, longitude, radius_m, categories,
                                                 notify_new, notify_status, sms_digest, created_at)
                VALUES (:id, :user, :cc, :ward, :lat, :lng, :radius, CAST(:categories AS varchar[]), :new, :status, :sms, :at)""")
                .param("id", row.id()).param("user", row.userId()).param("cc", row.cityCorporation()).param("ward", row.wardNumber())
                .param("lat", row.latitude()).param("lng", row.longitude()).param("radius", row.radiusMeters())
                .param("categories", row.categories().toArray(String[]::new)).param("new", row.notifyNew())
                .param("status", row.notifyStatus()).param("sms", row.smsDigest()).param("at", Timestamp.from(row.createdAt()))
                .update();
        return row;
    }

    public long countOf(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM alert_subscriptions WHERE user_id = :user").param("user", userId).query(Long.class).single();
    }

    public List<AlertRow> of(UUID userId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscriptions WHERE user_id = :user ORDER BY created_at DESC, id LIMIT :limit")
                .param("user", userId).param("limit", limit).query(AlertRepository::row).list();
    }

    public Optional<AlertRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_subscriptions WHERE id = :id").param("id", id)
                .query(AlertRepository::row).optional();
    }

    /** Deletes the user's own subscription; someone else's is as absent as a missing one. */
    public boolean delete(UUID userId, UUID id) {
        return jdbc.sql("DELETE FROM alert_subscriptions WHERE id = :id AND user_id = :user").param("id", id).param("user", userId)
                .update() == 1;
    }

    public boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM alert_subscriptions WHERE id = :id").param("id", id).update() == 1;
    }

    public record Recipient(UUID userId, String language) {
    }

    /** The next batch of distinct users with a subscription matching the event, after {@code after} in id order. */
    public List<Recipient> recipients(AlertEvent event, UUID after, int batch) {
        if (!event.placed()) {
            return List.of();
        }
        var params = new HashMap<String, Object>();
        var where = matching(event, params);
        // the batch's users first, then their language: joining users for the whole ward before the
        // LIMIT cost 512 ms per batch at 50,000 followers, this 143 ms (an erased account has no
        // subscriptions left: erasure deletes them)
        return jdbc.sql("""
                SELECT r.user_id, coalesce(u.language, 'bn') AS language
                  FROM (SELECT DISTINCT s.user_id FROM alert_subscriptions s
                         WHERE """ + where + """
                           AND s.user_id > :after
                         ORDER BY s.user_id LIMIT :batch) r
                  LEFT JOIN users u ON u.id = r.user_id
                 ORDER BY r.user_id""")
                .params(params).param("after", after == null ? FIRST : after).param("batch", batch)
                .query((rs, n) -> new Recipient(rs.getObject("user_id", UUID.class), rs.getString("language"))).list();
    }

    /** The user's own subscriptions that match the event: those that told them of it. */
    public List<AlertRow> matchingOf(UUID userId, AlertEvent event) {
        if (!event.placed()) {
            return List.of();
        }
        var params = new HashMap<String, Object>();
        var where = matching(event, params);
        return jdbc.sql("SELECT s.* FROM alert_subscriptions s WHERE s.user_id = :user AND " + where
                + " ORDER BY s.created_at DESC, s.id")
                .params(params).param("user", userId).query(AlertRepository::row).list();
    }

    /** Queues the event for the next SMS digest of each matching subscription that wants one (one statement). */
    public int queueForDigest(AlertEvent event, Instant at) {
        if (!event.placed()) {
            return 0;
        }
        var params = new HashMap<String, Object>();
        var where = matching(event, params);
        return jdbc.sql("""
                INSERT INTO alert_digest_items (subscription_id, complaint_id, kind, tracking_number, happened_at)
                SELECT s.id, :complaint, :kind, :number, :at
                  FROM alert_subscriptions s JOIN users u ON u.id = s.user_id AND u.erased_at IS NULL
                 WHERE s.sms_digest AND """ + where + """
                ON CONFLICT (subscription_id, complaint_id, kind) DO UPDATE SET happened_at = EXCLUDED.happened_at""")
                .params(params).param("complaint", event.complaintId()).param("kind", event.kind().code())
                .param("number", event.trackingNumber()).param("at", Timestamp.from(at)).update();
    }

    /** A ward's subscriptions by the ward index, a circle's by a box on the position index and then the exact distance. */
    private static String matching(AlertEvent event, Map<String, Object> params) {
        var kind = event.kind() == AlertEvent.Kind.NEW ? "s.notify_new" : "s.notify_status";
        params.put("category", event.categoryCode());
        params.put("told", event.alreadyTold().stream().map(UUID::toString).toArray(String[]::new));
        var places = new java.util.ArrayList<String>();
        if (event.wardNumber() != null && event.cityCorporation() != null) {
            places.add("(s.city_corporation = :cc AND s.ward_number = :ward)");
            params.put("cc", event.cityCorporation());
            params.put("ward", event.wardNumber());
        }
        if (event.latitude() != null && event.longitude() != null) {
            double lat = event.latitude();
            double lng = event.longitude();
            double lngDelta = MAX_RADIUS_DEGREES / Math.cos(Math.toRadians(lat));
            places.add("""
                    (s.latitude BETWEEN CAST(:minLat AS numeric) AND CAST(:maxLat AS numeric)
                     AND s.longitude BETWEEN CAST(:minLng AS numeric) AND CAST(:maxLng AS numeric)
                     AND 6371000 * 2 * asin(sqrt(power(sin(radians(s.latitude - :lat) / 2), 2)
                       + cos(radians(:lat)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - :lng) / 2), 2))) <= s.radius_m)""");
            params.put("lat", lat);
            params.put("lng", lng);
            params.put("minLat", lat - MAX_RADIUS_DEGREES);
            params.put("maxLat", lat + MAX_RADIUS_DEGREES);
            params.put("minLng", lng - lngDelta);
            params.put("maxLng", lng + lngDelta);
        }
        if (places.isEmpty()) {
            places.add("FALSE");
        }
        // spaces on both ends: text blocks drop a line's trailing blanks, and this sits between two of them
        return " " + kind + " AND (cardinality(s.categories) = 0 OR :category = ANY(s.categories))"
                + " AND NOT (s.user_id = ANY(CAST(:told AS uuid[])))"
                + " AND (" + String.join(" OR ", places) + ")\n";
    }

    public record DueDigest(UUID subscriptionId, UUID userId, String phone, String language, String cityCorporation,
            String wardNumber, Integer radiusMeters, int items, List<String> latest) {
    }

    /** Subscriptions with something to tell and no digest yet on {@code today} (Dhaka), in id order after {@code after}. */
    public List<DueDigest> dueDigests(LocalDate today, UUID after, int batch) {
        return jdbc.sql("""
                SELECT s.id, s.user_id, u.phone, u.language, s.city_corporation, s.ward_number, s.radius_m, count(*) AS items,
                       (array_agg(i.tracking_number ORDER BY i.happened_at DESC, i.tracking_number))[1 : 3] AS latest
                  FROM alert_subscriptions s
                  JOIN users u ON u.id = s.user_id AND u.erased_at IS NULL
                  JOIN alert_digest_items i ON i.subscription_id = s.id
                 WHERE s.sms_digest AND (s.last_digest_on IS NULL OR s.last_digest_on < :today) AND s.id > :after
                 GROUP BY s.id, u.phone, u.language
                 ORDER BY s.id LIMIT :batch""")
                .param("today", Date.valueOf(today)).param("after", after == null ? FIRST : after).param("batch", batch)
                .query((rs, n) -> new DueDigest(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getString("phone"), rs.getString("language"), rs.getString("city_corporation"), rs.getString("ward_number"),
                        (Integer) rs.getObject("radius_m", Integer.class), rs.getInt("items"),
                        List.of((String[]) rs.getArray("latest").getArray())))
                .list();
    }

    /** Takes the day's one digest of a subscription: false when it was already taken today. */
    public boolean claimDigest(UUID subscriptionId, LocalDate today) {
        return jdbc.sql("""
                UPDATE alert_subscriptions SET last_digest_on = :today
                 WHERE id = :id AND sms_digest AND (last_digest_on IS NULL OR last_digest_on < :today)""")
                .param("id", subscriptionId).param("today", Date.valueOf(today)).update() == 1;
    }

    /** Forgets what the digest told; an event queued after {@code upTo} waits for the next one. */
    public void clearDigest(UUID subscriptionId, Instant upTo) {
        jdbc.sql("DELETE FROM alert_digest_items WHERE subscription_id = :id AND happened_at <= :upTo")
                .param("id", subscriptionId).param("upTo", Timestamp.from(upTo)).update();
    }

    private static AlertRow row(ResultSet rs, int n) throws SQLException {
        return new AlertRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("city_corporation"),
                rs.getString("ward_number"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                (Integer) rs.getObject("radius_m", Integer.class), List.of((String[]) rs.getArray("categories").getArray()),
                rs.getBoolean("notify_new"), rs.getBoolean("notify_status"), rs.getBoolean("sms_digest"),
                rs.getTimestamp("created_at").toInstant());
    }
}
