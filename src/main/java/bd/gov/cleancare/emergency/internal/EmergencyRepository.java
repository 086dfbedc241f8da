package bd.gov.cleancare.emergency.internal;

import bd.gov.cleancare.emergency.EmergencyStatus;
import bd.gov.cleancare.emergency.EmergencyType;
import bd.gov.cleancare.emergency.EmergencyView;
import bd.gov.cleancare.platform.security.WardScope;
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
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EmergencyRepository {

    private static final String SELECT = """
            SELECT e.id, e.user_id, u.name AS reporter_name, u.phone AS reporter_phone, e.emergency_type, e.description, e.location,
                   e.latitude, e.longitude, e.status, e.priority, e.assigned_to, e.ward_number, e.city_corporation, e.created_at,
                   e.responded_at, e.updated_at
              FROM emergency_requests e JOIN users u ON u.id = e.user_id""";

    private final JdbcClient jdbc;

    public EmergencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID user, EmergencyType type, String description, String location, BigDecimal lat, BigDecimal lng, String cc,
            String ward, Instant at) {
        return jdbc.sql("""
                INSERT INTO emergency_requests (user_id, emergency_type, description, location, latitude, longitude, city_corporation,
                                                ward_number, created_at, updated_at)
                VALUES (:user, :type, :description, :location, :lat, :lng, :cc, :ward, :at, :at) RETURNING id""")
                .param("user", user).param("type", type.stored()).param("description", description).param("location", location)
                .param("lat", lat).param("lng", lng).param("cc", cc).param("ward", ward).param("at", Timestamp.from(at))
                .query(UUID.class).single();
    }

    public Optional<EmergencyView> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(EmergencyRepository::view).optional();
    }

    public Optional<EmergencyView> lock(UUID id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id FOR UPDATE OF e").param("id", id).query(EmergencyRepository::view).optional();
    }

    /** Moves the status; the first staff response sets responded_at. */
    public void update(UUID id, EmergencyStatus status, UUID assignedTo, Instant at) {
        jdbc.sql("""
                UPDATE emergency_requests SET status = :status, assigned_to = coalesce(:assigned, assigned_to),
                       responded_at = coalesce(responded_at, :at), updated_at = :at WHERE id = :id""")
                .param("id", id).param("status", status.stored()).param("assigned", assignedTo).param("at", Timestamp.from(at)).update();
    }

    public void history(UUID id, UUID by, EmergencyStatus from, EmergencyStatus to, String note, Instant at) {
        jdbc.sql("""
                INSERT INTO emergency_updates (emergency_id, updated_by, old_status, new_status, note, created_at)
                VALUES (:id, :by, :from, :to, :note, :at)""")
                .param("id", id).param("by", by).param("from", from.stored()).param("to", to.stored()).param("note", note)
                .param("at", Timestamp.from(at)).update();
    }

    /** Open requests first (newest first), then the rest. */
    public Slice<EmergencyView> list(UUID owner, WardScope wards, EmergencyStatus status, PageQuery page) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (owner != null) {
            where.add("e.user_id = :owner");
            params.put("owner", owner);
        }
        if (wards != null && !wards.everywhere()) {
            where.add("(e.city_corporation || '/' || e.ward_number = ANY(:scope) OR '*/' || e.ward_number = ANY(:scope))");
            params.put("scope", wards.keys().toArray(String[]::new));
        }
        if (status != null) {
            where.add("e.status = :status");
            params.put("status", status.stored());
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long count = jdbc.sql("SELECT count(*) FROM emergency_requests e" + condition).params(params).query(Long.class).single();
        List<EmergencyView> rows = count == 0 ? List.of() : jdbc.sql(SELECT + condition
                        + " ORDER BY (e.status = 'সমাধান হয়েছে'), e.created_at DESC, e.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset()).query(EmergencyRepository::view).list();
        return new Slice<>(count, rows);
    }

    public Optional<String> onDutyPhone(String cc, String ward) {
        return jdbc.sql("SELECT on_duty_phone FROM ward_contacts WHERE city_corporation = :cc AND ward_number = :ward")
                .param("cc", cc).param("ward", ward).query(String.class).optional();
    }

    public void setOnDutyPhone(String cc, String ward, String phone) {
        jdbc.sql("""
                INSERT INTO ward_contacts (city_corporation, ward_number, on_duty_phone) VALUES (:cc, :ward, :phone)
                ON CONFLICT (city_corporation, ward_number) DO UPDATE SET on_duty_phone = EXCLUDED.on_duty_phone, updated_at = NOW()""")
                .param("cc", cc).param("ward", ward).param("phone", phone).update();
    }

    static EmergencyView view(ResultSet rs, int n) throws SQLException {
        var type = StoredValue.fromStored(EmergencyType.class, rs.getString("emergency_type"));
        var status = StoredValue.fromStored(EmergencyStatus.class, rs.getString("status"));
        return new EmergencyView(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("reporter_name"),
                rs.getString("reporter_phone"), type.stored(), type.code(), rs.getString("description"), rs.getString("location"),
                rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), status.stored(), status.code(), rs.getString("priority"),
                rs.getObject("assigned_to", UUID.class), rs.getString("ward_number"), rs.getString("city_corporation"),
                instant(rs, "created_at"), instant(rs, "responded_at"), instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
