package bd.gov.cleancare.waste.internal;

import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** collection_schedules and missed_collections. Removed schedules (deleted_at) are invisible here. */
@Repository
public class ScheduleRepository {

    private static final String SELECT = """
            SELECT s.id, s.city_corporation, s.ward_number, s.area, s.area_en, s.days_of_week, s.starts_at, s.ends_at, s.waste_type,
                   s.is_active, s.notes, s.created_at, s.updated_at
              FROM collection_schedules s""";

    private final JdbcClient jdbc;

    public ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ScheduleRow(UUID id, String cityCorporation, String wardNumber, String area, String areaEn, Set<DayOfWeek> days,
            LocalTime startsAt, LocalTime endsAt, String wasteType, boolean isActive, String notes, Instant createdAt, Instant updatedAt) {

        public CollectionWindows windows() {
            return new CollectionWindows(days, startsAt, endsAt);
        }
    }

    /** Validated fields; {@code wasteType} is the stored (Bengali) value. */
    public record Fields(String cityCorporation, String wardNumber, String area, String areaEn, Set<DayOfWeek> days, LocalTime startsAt,
            LocalTime endsAt, String wasteType, boolean isActive, String notes) {
    }

    /**
     * Which schedules a caller lists: of one ward, or of the wards in {@code wards}; inactive ones only
     * where {@code manages} covers the ward. {@code area} matches Bengali or English area names.
     */
    public record Filter(String cityCorporation, String wardNumber, WardScope wards, WardScope manages, String area, String wasteType) {
    }

    public UUID insert(Fields f, UUID by, Instant at) {
        return jdbc.sql("""
                INSERT INTO collection_schedules (city_corporation, ward_number, area, area_en, days_of_week, starts_at, ends_at, waste_type,
                                                  is_active, notes, created_by, created_at, updated_at)
                VALUES (:cc, :ward, :area, :areaEn, CAST(:days AS smallint[]), :starts, :ends, :type, :active, :notes, :by, :at, :at)
                RETURNING id""")
                .params(params(f)).param("by", by).param("at", Timestamp.from(at)).query(UUID.class).single();
    }

    public void update(UUID id, Fields f, Instant at) {
        jdbc.sql("""
                UPDATE collection_schedules SET city_corporation = :cc, ward_number = :ward, area = :area, area_en = :areaEn,
                       days_of_week = CAST(:days AS smallint[]), starts_at = :starts, ends_at = :ends, waste_type = :type,
                       is_active = :active, notes = :notes, updated_at = :at
                 WHERE id = :id""")
                .params(params(f)).param("id", id).param("at", Timestamp.from(at)).update();
    }

    public void delete(UUID id, Instant at) {
        jdbc.sql("UPDATE collection_schedules SET deleted_at = :at, updated_at = :at WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    public Optional<ScheduleRow> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id AND s.deleted_at IS NULL").param("id", id).query(ScheduleRepository::row).optional();
    }

    public Slice<ScheduleRow> list(Filter filter, PageQuery page) {
        var where = new ArrayList<String>(List.of("s.deleted_at IS NULL"));
        var params = new HashMap<String, Object>();
        if (filter.wardNumber() != null) {
            where.add("s.city_corporation = :cc AND s.ward_number = :ward");
            params.put("cc", filter.cityCorporation());
            params.put("ward", filter.wardNumber());
        } else if (!filter.wards().everywhere()) {
            where.add(inScope("wards"));
            params.put("wards", filter.wards().keys().toArray(String[]::new));
        }
        if (!filter.manages().everywhere()) {
            where.add("(s.is_active OR " + inScope("manages") + ")");
            params.put("manages", filter.manages().keys().toArray(String[]::new));
        }
        if (filter.area() != null) {
            where.add("(s.area ILIKE :area OR s.area_en ILIKE :area)");
            params.put("area", "%" + filter.area().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.wasteType() != null) {
            where.add("s.waste_type = :type");
            params.put("type", filter.wasteType());
        }
        var condition = " WHERE " + String.join(" AND ", where);
        long count = jdbc.sql("SELECT count(*) FROM collection_schedules s" + condition).params(params).query(Long.class).single();
        List<ScheduleRow> rows = count == 0 ? List.of() : jdbc.sql(SELECT + condition
                        + " ORDER BY s.city_corporation DESC, s.ward_number, s.area, s.starts_at, s.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset()).query(ScheduleRepository::row).list();
        return new Slice<>(count, rows);
    }

    public boolean missedReported(UUID scheduleId, UUID reporter, LocalDate collectionDate) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM missed_collections
                                WHERE schedule_id = :schedule AND reported_by = :reporter AND collection_date = :date)""")
                .param("schedule", scheduleId).param("reporter", reporter).param("date", collectionDate).query(Boolean.class).single();
    }

    /** False when this citizen already reported this collection (a concurrent request won). */
    public boolean recordMissed(UUID complaintId, UUID scheduleId, UUID reporter, LocalDate collectionDate, Instant at) {
        return jdbc.sql("""
                INSERT INTO missed_collections (complaint_id, schedule_id, reported_by, collection_date, created_at)
                VALUES (:complaint, :schedule, :reporter, :date, :at)
                ON CONFLICT (schedule_id, reported_by, collection_date) DO NOTHING""")
                .param("complaint", complaintId).param("schedule", scheduleId).param("reporter", reporter).param("date", collectionDate)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    private static String inScope(String parameter) {
        return "(s.city_corporation || '/' || s.ward_number = ANY(:" + parameter + ") OR '*/' || s.ward_number = ANY(:" + parameter + "))";
    }

    private static Map<String, Object> params(Fields f) {
        var params = new HashMap<String, Object>();
        params.put("cc", f.cityCorporation());
        params.put("ward", f.wardNumber());
        params.put("area", f.area());
        params.put("areaEn", f.areaEn());
        params.put("days", "{" + String.join(",", f.days().stream().map(day -> Integer.toString(day.getValue())).toList()) + "}");
        params.put("starts", Time.valueOf(f.startsAt()));
        params.put("ends", Time.valueOf(f.endsAt()));
        params.put("type", f.wasteType());
        params.put("active", f.isActive());
        params.put("notes", f.notes());
        return params;
    }

    private static ScheduleRow row(ResultSet rs, int n) throws SQLException {
        return new ScheduleRow(rs.getObject("id", UUID.class), rs.getString("city_corporation"), rs.getString("ward_number"),
                rs.getString("area"), rs.getString("area_en"), days(rs.getArray("days_of_week")), rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class), rs.getString("waste_type"), rs.getBoolean("is_active"), rs.getString("notes"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static Set<DayOfWeek> days(Array array) throws SQLException {
        var days = new TreeSet<DayOfWeek>();
        for (var number : (Object[]) array.getArray()) {
            days.add(DayOfWeek.of(((Number) number).intValue()));
        }
        return days;
    }
}
