package bd.gov.cleancare.calendar.internal;

import bd.gov.cleancare.calendar.CalendarCategory;
import bd.gov.cleancare.calendar.CalendarEventView;
import bd.gov.cleancare.calendar.FeedVersion;
import bd.gov.cleancare.calendar.Holiday;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CalendarRepository {

    private static final String COLUMNS = """
            e.id, e.title, e.title_en, e.description, e.category, e.starts_at, e.ends_at, e.all_day, e.location, e.city_corporation,
            e.target_wards, e.is_published, e.is_cancelled, e.sequence, e.created_at, e.updated_at""";

    /** A feed is a year and a quarter of one ward's entries; this only guards against a runaway import. */
    private static final int FEED_LIMIT = 5000;

    private final JdbcClient jdbc;

    public CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(Entry entry, UUID by, Instant at) {
        return jdbc.sql("""
                INSERT INTO calendar_events (title, title_en, description, category, starts_at, ends_at, all_day, location,
                                             city_corporation, target_wards, is_published, created_by, updated_by, created_at, updated_at)
                VALUES (:title, :titleEn, :description, :category, :startsAt, :endsAt, :allDay, :location, :cc, :wards, :published,
                        :by, :by, :at, :at) RETURNING id""")
                .params(params(entry)).param("by", by).param("at", Timestamp.from(at)).query(UUID.class).single();
    }

    /** Every change bumps SEQUENCE, so a phone that holds the entry takes the new copy. */
    public void update(UUID id, Entry entry, UUID by, Instant at) {
        jdbc.sql("""
                UPDATE calendar_events SET title = :title, title_en = :titleEn, description = :description, category = :category,
                       starts_at = :startsAt, ends_at = :endsAt, all_day = :allDay, location = :location, city_corporation = :cc,
                       target_wards = :wards, is_published = :published, sequence = sequence + 1, updated_by = :by, updated_at = :at
                 WHERE id = :id""")
                .params(params(entry)).param("id", id).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public void cancel(UUID id, UUID by, Instant at) {
        jdbc.sql("""
                UPDATE calendar_events SET is_cancelled = TRUE, sequence = sequence + 1, updated_by = :by, updated_at = :at
                 WHERE id = :id""").param("id", id).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM calendar_events WHERE id = :id").param("id", id).update();
    }

    public Optional<CalendarEventView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_events e WHERE e.id = :id").param("id", id)
                .query(CalendarRepository::view).optional();
    }

    public Optional<CalendarEventView> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_events e WHERE e.id = :id FOR UPDATE").param("id", id)
                .query(CalendarRepository::view).optional();
    }

    /** Published entries of the place in the window (and the drafts the caller may see), by start. */
    public Slice<CalendarEventView> list(Window window, Place place, CalendarCategory category, WardScope drafts, PageQuery page) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        inWindow(window, where, params);
        at(place, where, params);
        if (category != null) {
            where.add("e.category = :category");
            params.put("category", category.stored());
        }
        if (drafts == null || (!drafts.everywhere() && drafts.keys().isEmpty())) {
            where.add("e.is_published");
        } else if (!drafts.everywhere()) {
            where.add("""
                    (e.is_published OR EXISTS (SELECT 1 FROM unnest(e.target_wards) w
                                                WHERE e.city_corporation || '/' || w = ANY(:scope) OR '*/' || w = ANY(:scope)))""");
            params.put("scope", drafts.keys().toArray(String[]::new));
        }
        var condition = " WHERE " + String.join(" AND ", where);
        long count = jdbc.sql("SELECT count(*) FROM calendar_events e" + condition).params(params).query(Long.class).single();
        List<CalendarEventView> rows = count == 0 ? List.of() : jdbc.sql("SELECT " + COLUMNS + " FROM calendar_events e" + condition
                        + " ORDER BY e.starts_at, e.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset()).query(CalendarRepository::view).list();
        return new Slice<>(count, rows);
    }

    /** What a feed holds: published entries of the place, cancelled ones included. */
    public List<FeedEntry> feed(Window window, Place place) {
        var where = feedCondition(window, place);
        return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_events e WHERE " + String.join(" AND ", where.conditions())
                        + " ORDER BY e.starts_at, e.id LIMIT " + FEED_LIMIT)
                .params(where.params()).query((rs, n) -> new FeedEntry(view(rs, n), rs.getInt("sequence"))).list();
    }

    /**
     * The feed's version without building it: the digest of its entries' ids and sequences (every change
     * bumps one), and for Last-Modified the latest change anywhere or the last Dhaka midnight (the window
     * moves then), whichever is later, since an entry leaving this place leaves no trace among those staying.
     */
    public FeedVersion feedVersion(Window window, Place place, String format, LocalDate today) {
        var where = feedCondition(window, place);
        return jdbc.sql("""
                SELECT md5(:format || coalesce(string_agg(e.id::text || ':' || e.sequence, ',' ORDER BY e.id), '')) AS digest,
                       (SELECT max(updated_at) FROM calendar_events) AS changed
                  FROM calendar_events e""" + " WHERE " + String.join(" AND ", where.conditions()))
                .params(where.params()).param("format", format)
                .query((rs, n) -> {
                    var midnight = DhakaTime.midnight(today);
                    var changed = instant(rs, "changed");
                    return new FeedVersion("\"" + rs.getString("digest") + "\"",
                            changed == null || changed.isBefore(midnight) ? midnight : changed);
                }).single();
    }

    /** Corporation-wide and national holidays, one row per Dhaka day they cover. */
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT d::date AS day, e.city_corporation, e.title, e.title_en
                  FROM calendar_events e,
                       generate_series((e.starts_at AT TIME ZONE :zone)::date,
                                       ((e.ends_at AT TIME ZONE :zone) - interval '1 microsecond')::date, interval '1 day') d
                 WHERE e.category = :holiday AND e.is_published AND NOT e.is_cancelled AND cardinality(e.target_wards) = 0
                   AND e.ends_at > :from AND e.starts_at < :until
                   AND d::date BETWEEN :first AND :last
                 ORDER BY day, e.city_corporation NULLS FIRST""")
                .param("zone", ClockConfig.DHAKA.getId()).param("holiday", CalendarCategory.HOLIDAY.stored())
                .param("from", Timestamp.from(DhakaTime.midnight(from))).param("until", Timestamp.from(DhakaTime.midnight(to.plusDays(1))))
                .param("first", from).param("last", to)
                .query((rs, n) -> new Holiday(rs.getObject("day", LocalDate.class), rs.getString("city_corporation"), rs.getString("title"),
                        rs.getString("title_en")))
                .list();
    }

    private static Conditions feedCondition(Window window, Place place) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        where.add("e.is_published");
        inWindow(window, where, params);
        at(place, where, params);
        return new Conditions(where, params);
    }

    /** Overlaps [from, until); written so that the index on ends_at serves it, zero-length entries included. */
    private static void inWindow(Window window, List<String> where, Map<String, Object> params) {
        where.add("e.ends_at >= :from AND (e.ends_at > :from OR e.starts_at = e.ends_at) AND e.starts_at < :until");
        params.put("from", Timestamp.from(window.from()));
        params.put("until", Timestamp.from(window.until()));
    }

    private static void at(Place place, List<String> where, Map<String, Object> params) {
        if (place.wardNumber() != null) {
            where.add("""
                    (e.city_corporation IS NULL
                     OR e.city_corporation = :cc AND (cardinality(e.target_wards) = 0 OR :ward = ANY(e.target_wards)))""");
            params.put("cc", place.cityCorporation());
            params.put("ward", place.wardNumber());
            return;
        }
        if (!place.everyWard()) {
            where.add("cardinality(e.target_wards) = 0");
        }
        if (place.cityCorporation() != null) {
            where.add("(e.city_corporation IS NULL OR e.city_corporation = :cc)");
            params.put("cc", place.cityCorporation());
        }
    }

    private static Map<String, Object> params(Entry entry) {
        var params = new HashMap<String, Object>();
        params.put("title", entry.title());
        params.put("titleEn", entry.titleEn());
        params.put("description", entry.description());
        params.put("category", entry.category().stored());
        params.put("startsAt", Timestamp.from(entry.times().startsAt()));
        params.put("endsAt", Timestamp.from(entry.times().endsAt()));
        params.put("allDay", entry.times().allDay());
        params.put("location", entry.location());
        params.put("cc", entry.cityCorporation());
        params.put("wards", entry.targetWards().toArray(String[]::new));
        params.put("published", entry.published());
        return params;
    }

    static CalendarEventView view(ResultSet rs, int n) throws SQLException {
        var category = StoredValue.fromStored(CalendarCategory.class, rs.getString("category"));
        var startsAt = instant(rs, "starts_at");
        var endsAt = instant(rs, "ends_at");
        boolean allDay = rs.getBoolean("all_day");
        var startDate = LocalDate.ofInstant(startsAt, ClockConfig.DHAKA);
        var endDate = LocalDate.ofInstant(allDay ? endsAt.minusNanos(1000) : endsAt, ClockConfig.DHAKA);
        var wards = rs.getArray("target_wards");
        return new CalendarEventView(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("title_en"),
                rs.getString("description"), category.stored(), category.code(), startsAt, endsAt, allDay, startDate, endDate,
                rs.getString("location"), rs.getString("city_corporation"), wards == null ? List.of() : List.of((String[]) wards.getArray()),
                rs.getBoolean("is_published"), rs.getBoolean("is_cancelled"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private record Conditions(List<String> conditions, Map<String, Object> params) {
    }
}
