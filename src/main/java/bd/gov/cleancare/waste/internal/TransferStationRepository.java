package bd.gov.cleancare.waste.internal;

import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import bd.gov.cleancare.waste.LoadDirection;
import bd.gov.cleancare.waste.LoadEntry;
import bd.gov.cleancare.waste.Throughput;
import bd.gov.cleancare.platform.text.StoredValue;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** transfer_stations and their load log. Removed stations (deleted_at) are invisible here. */
@Repository
public class TransferStationRepository {

    private static final String COLUMNS = """
            s.id, s.name, s.name_en, s.city_corporation, s.ward_number, s.zone_number, s.location, s.latitude, s.longitude,
            s.capacity_tonnes, s.current_load_tonnes, s.status, s.opens_at, s.closes_at, s.clearance_interval_hours,
            s.last_departure_at, s.loaded_since, s.created_at, s.updated_at""";
    private static final String MAINTENANCE = "রক্ষণাবেক্ষণ";

    private final JdbcClient jdbc;

    public TransferStationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Station fields as validated by the service; status true means under maintenance. */
    public record Fields(String name, String nameEn, String cityCorporation, String wardNumber, int zoneNumber, String location,
            BigDecimal latitude, BigDecimal longitude, BigDecimal capacityTonnes, boolean maintenance, LocalTime opensAt,
            LocalTime closesAt, int clearanceIntervalHours) {
    }

    /** List filters; null means any. {@code status} is a StationStatus code. */
    public record Filter(String cityCorporation, String wardNumber, Integer zoneNumber, String status, String search) {
    }

    public UUID insert(Fields f, UUID createdBy, Instant at) {
        return jdbc.sql("""
                INSERT INTO transfer_stations (name, name_en, city_corporation, ward_number, zone_number, location, latitude, longitude,
                                               capacity_tonnes, status, opens_at, closes_at, clearance_interval_hours, created_by,
                                               created_at, updated_at)
                VALUES (:name, :nameEn, :cc, :ward, :zone, :location, :lat, :lng, :capacity, :status, :opens, :closes, :interval,
                        :by, :at, :at) RETURNING id""")
                .params(params(f)).param("by", createdBy).param("at", Timestamp.from(at)).query(UUID.class).single();
    }

    public void update(UUID id, Fields f, Instant at) {
        jdbc.sql("""
                UPDATE transfer_stations SET name = :name, name_en = :nameEn, city_corporation = :cc, ward_number = :ward,
                       zone_number = :zone, location = :location, latitude = :lat, longitude = :lng, capacity_tonnes = :capacity,
                       status = :status, opens_at = :opens, closes_at = :closes, clearance_interval_hours = :interval, updated_at = :at
                 WHERE id = :id""")
                .params(params(f)).param("id", id).param("at", Timestamp.from(at)).update();
    }

    public void delete(UUID id, Instant at) {
        jdbc.sql("UPDATE transfer_stations SET deleted_at = :at, updated_at = :at WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    public Optional<StationRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM transfer_stations s WHERE s.id = :id AND s.deleted_at IS NULL")
                .param("id", id).query(TransferStationRepository::row).optional();
    }

    /** The station row locked until commit: load entries of one station are taken in one at a time. */
    public Optional<StationRow> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM transfer_stations s WHERE s.id = :id AND s.deleted_at IS NULL FOR UPDATE")
                .param("id", id).query(TransferStationRepository::row).optional();
    }

    public Slice<StationRow> list(Filter filter, PageQuery page) {
        var where = new ArrayList<String>(List.of("s.deleted_at IS NULL"));
        var params = new HashMap<String, Object>();
        if (filter.cityCorporation() != null) {
            where.add("s.city_corporation = :cc");
            params.put("cc", filter.cityCorporation());
        }
        if (filter.wardNumber() != null) {
            where.add("s.ward_number = :ward");
            params.put("ward", filter.wardNumber());
        }
        if (filter.zoneNumber() != null) {
            where.add("s.zone_number = :zone");
            params.put("zone", filter.zoneNumber());
        }
        if (filter.status() != null) {
            where.add(switch (filter.status()) {
                case "maintenance" -> "s.status = '" + MAINTENANCE + "'";
                case "full" -> "s.status <> '" + MAINTENANCE + "' AND s.current_load_tonnes >= s.capacity_tonnes";
                default -> "s.status <> '" + MAINTENANCE + "' AND s.current_load_tonnes < s.capacity_tonnes";
            });
        }
        if (filter.search() != null) {
            where.add("(s.name ILIKE :search OR s.name_en ILIKE :search OR s.location ILIKE :search)");
            params.put("search", "%" + filter.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var condition = " WHERE " + String.join(" AND ", where);
        long count = jdbc.sql("SELECT count(*) FROM transfer_stations s" + condition).params(params).query(Long.class).single();
        List<StationRow> rows = count == 0 ? List.of() : jdbc.sql("SELECT " + COLUMNS + " FROM transfer_stations s" + condition
                        + " ORDER BY s.city_corporation DESC, s.name, s.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset())
                .query(TransferStationRepository::row).list();
        return new Slice<>(count, rows);
    }

    /** A station's figures with today's tonnes in and out. */
    public record Today(StationRow station, BigDecimal arrived, BigDecimal departed) {
    }

    /** Every station in the wards (fullest first) with the tonnes logged since {@code dayStart}. */
    public List<Today> today(WardScope wards, String cityCorporation, String wardNumber, Instant dayStart, Instant dayEnd) {
        var where = new ArrayList<String>(List.of("s.deleted_at IS NULL"));
        var params = new HashMap<String, Object>();
        if (!wards.everywhere()) {
            where.add("(s.city_corporation || '/' || s.ward_number = ANY(:scope) OR '*/' || s.ward_number = ANY(:scope))");
            params.put("scope", wards.keys().toArray(String[]::new));
        }
        if (cityCorporation != null) {
            where.add("s.city_corporation = :cc");
            params.put("cc", cityCorporation);
        }
        if (wardNumber != null) {
            where.add("s.ward_number = :ward");
            params.put("ward", wardNumber);
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                        , coalesce(t.arrived, 0) AS arrived, coalesce(t.departed, 0) AS departed
                          FROM transfer_stations s
                          LEFT JOIN LATERAL (
                               SELECT sum(l.tonnes) FILTER (WHERE l.direction = 'আগমন') AS arrived,
                                      sum(l.tonnes) FILTER (WHERE l.direction = 'প্রস্থান') AS departed
                                 FROM transfer_station_loads l
                                WHERE l.station_id = s.id AND l.logged_at >= :dayStart AND l.logged_at < :dayEnd) t ON TRUE
                         WHERE\s""" + String.join(" AND ", where) + """

                         ORDER BY s.current_load_tonnes / s.capacity_tonnes DESC, s.name, s.id""")
                .params(params).param("dayStart", Timestamp.from(dayStart)).param("dayEnd", Timestamp.from(dayEnd))
                .query((rs, n) -> new Today(row(rs, n), rs.getBigDecimal("arrived"), rs.getBigDecimal("departed"))).list();
    }

    /** Appends to the log and moves the station's running load in the same statement pair; the caller holds the row lock. */
    public UUID log(UUID stationId, LoadDirection direction, String vehicle, BigDecimal tonnes, BigDecimal loadAfter, Instant loggedAt,
            UUID by, String note, Instant now) {
        var id = jdbc.sql("""
                INSERT INTO transfer_station_loads (station_id, direction, vehicle_number, tonnes, load_after_tonnes, logged_at,
                                                    logged_by, note, created_at)
                VALUES (:station, :direction, :vehicle, :tonnes, :after, :loggedAt, :by, :note, :now) RETURNING id""")
                .param("station", stationId).param("direction", direction.stored()).param("vehicle", vehicle).param("tonnes", tonnes)
                .param("after", loadAfter).param("loggedAt", Timestamp.from(loggedAt)).param("by", by).param("note", note)
                .param("now", Timestamp.from(now)).query(UUID.class).single();
        jdbc.sql("""
                UPDATE transfer_stations
                   SET current_load_tonnes = :after,
                       last_departure_at = CASE WHEN :departure THEN greatest(last_departure_at, :loggedAt) ELSE last_departure_at END,
                       loaded_since = CASE WHEN :after = 0 THEN NULL
                                           WHEN current_load_tonnes = 0 OR loaded_since IS NULL THEN :loggedAt
                                           ELSE loaded_since END,
                       updated_at = :now
                 WHERE id = :station""")
                .param("station", stationId).param("after", loadAfter).param("departure", direction == LoadDirection.DEPARTURE)
                .param("loggedAt", Timestamp.from(loggedAt)).param("now", Timestamp.from(now)).update();
        return id;
    }

    public Optional<LoadEntry> entry(UUID id) {
        return jdbc.sql(ENTRY + " WHERE l.id = :id").param("id", id).query(TransferStationRepository::entry).optional();
    }

    /** Newest first. */
    public Slice<LoadEntry> entries(UUID stationId, String direction, Instant from, Instant to, PageQuery page) {
        var where = new ArrayList<String>(List.of("l.station_id = :station"));
        Map<String, Object> params = new HashMap<>(Map.of("station", stationId));
        if (direction != null) {
            where.add("l.direction = :direction");
            params.put("direction", direction);
        }
        if (from != null) {
            where.add("l.logged_at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            where.add("l.logged_at <= :to");
            params.put("to", Timestamp.from(to));
        }
        var condition = " WHERE " + String.join(" AND ", where);
        long count = jdbc.sql("SELECT count(*) FROM transfer_station_loads l" + condition).params(params).query(Long.class).single();
        List<LoadEntry> rows = count == 0 ? List.of() : jdbc.sql(ENTRY + condition
                        + " ORDER BY l.logged_at DESC, l.seq DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset())
                .query(TransferStationRepository::entry).list();
        return new Slice<>(count, rows);
    }

    /** Tonnes per Dhaka day over [from, to], every day present. */
    public List<Throughput.Day> throughput(UUID stationId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT d.day,
                       coalesce(sum(l.tonnes) FILTER (WHERE l.direction = 'আগমন'), 0) AS arrived,
                       coalesce(sum(l.tonnes) FILTER (WHERE l.direction = 'প্রস্থান'), 0) AS departed,
                       count(l.id) FILTER (WHERE l.direction = 'আগমন') AS arrivals,
                       count(l.id) FILTER (WHERE l.direction = 'প্রস্থান') AS departures
                  FROM (SELECT CAST(g AS date) AS day FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') g) d
                  LEFT JOIN transfer_station_loads l
                         ON l.station_id = :station
                        AND l.logged_at >= CAST(d.day AS timestamp) AT TIME ZONE 'Asia/Dhaka'
                        AND l.logged_at < CAST(d.day + 1 AS timestamp) AT TIME ZONE 'Asia/Dhaka'
                 GROUP BY d.day ORDER BY d.day""")
                .param("station", stationId).param("from", from).param("to", to)
                .query((rs, n) -> new Throughput.Day(rs.getObject("day", LocalDate.class), rs.getBigDecimal("arrived"),
                        rs.getBigDecimal("departed"), rs.getLong("arrivals"), rs.getLong("departures")))
                .list();
    }

    private static final String ENTRY = """
            SELECT l.id, l.station_id, l.direction, l.vehicle_number, l.tonnes, l.load_after_tonnes, l.logged_at, l.logged_by,
                   u.name AS logged_by_name, l.note, l.created_at
              FROM transfer_station_loads l LEFT JOIN users u ON u.id = l.logged_by""";

    private static LoadEntry entry(ResultSet rs, int n) throws SQLException {
        var direction = StoredValue.fromStored(LoadDirection.class, rs.getString("direction"));
        return new LoadEntry(rs.getObject("id", UUID.class), rs.getObject("station_id", UUID.class), direction.stored(), direction.code(),
                rs.getString("vehicle_number"), rs.getBigDecimal("tonnes"), rs.getBigDecimal("load_after_tonnes"),
                instant(rs, "logged_at"), rs.getObject("logged_by", UUID.class), rs.getString("logged_by_name"), rs.getString("note"),
                instant(rs, "created_at"));
    }

    private static Map<String, Object> params(Fields f) {
        var params = new HashMap<String, Object>();
        params.put("name", f.name());
        params.put("nameEn", f.nameEn());
        params.put("cc", f.cityCorporation());
        params.put("ward", f.wardNumber());
        params.put("zone", f.zoneNumber());
        params.put("location", f.location());
        params.put("lat", f.latitude());
        params.put("lng", f.longitude());
        params.put("capacity", f.capacityTonnes());
        params.put("status", f.maintenance() ? MAINTENANCE : "চালু");
        params.put("opens", f.opensAt() == null ? null : Time.valueOf(f.opensAt()));
        params.put("closes", f.closesAt() == null ? null : Time.valueOf(f.closesAt()));
        params.put("interval", f.clearanceIntervalHours());
        return params;
    }

    static StationRow row(ResultSet rs, int n) throws SQLException {
        return new StationRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("name_en"), rs.getString("city_corporation"),
                rs.getString("ward_number"), rs.getInt("zone_number"), rs.getString("location"), rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"), rs.getBigDecimal("capacity_tonnes"), rs.getBigDecimal("current_load_tonnes"),
                MAINTENANCE.equals(rs.getString("status")), time(rs, "opens_at"), time(rs, "closes_at"),
                rs.getInt("clearance_interval_hours"), instant(rs, "last_departure_at"), instant(rs, "loaded_since"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static LocalTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
