package bd.gov.cleancare.dashboard.internal;

import bd.gov.cleancare.platform.security.WardScope;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import bd.gov.cleancare.platform.time.ClockConfig;

/**
 * Which complaints a dashboard figure covers: a date range (Dhaka creation days), an optional ward,
 * and the caller's wards. Renders the matching SQL conditions for the read model and for complaints.
 */
public record Scope(LocalDate from, LocalDate to, String cityCorporation, String wardNumber, WardScope wards) {

    /** No ward limit at all: the city-wide mix table can answer. */
    public boolean wholeCity() {
        return wardNumber == null && cityCorporation == null && wards.everywhere();
    }

    /** Conditions on complaint_stats_daily aliased {@code d}. */
    public Sql onDaily() {
        return conditions("d.day", "d.city_corporation", "d.ward_number", false);
    }

    /** Conditions on complaints aliased {@code c}. */
    public Sql onComplaints() {
        return conditions("c.created_at", "c.city_corporation", "c.ward_number", true);
    }

    private Sql conditions(String dayColumn, String ccColumn, String wardColumn, boolean timestamps) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (from != null) {
            where.add(dayColumn + " >= :from");
            params.put("from", timestamps ? Timestamp.from(from.atStartOfDay(ClockConfig.DHAKA).toInstant()) : from);
        }
        if (to != null) {
            where.add(timestamps ? dayColumn + " < :to" : dayColumn + " <= :to");
            params.put("to", timestamps ? Timestamp.from(to.plusDays(1).atStartOfDay(ClockConfig.DHAKA).toInstant()) : to);
        }
        if (wardNumber != null) {
            where.add(wardColumn + " = :ward");
            params.put("ward", wardNumber);
        }
        if (cityCorporation != null) {
            where.add(ccColumn + " = :cc");
            params.put("cc", cityCorporation);
        }
        if (!wards.everywhere()) {
            // ward numbers alone let the indexes narrow; the keys keep DSCC 12 apart from DNCC 12
            where.add(wardColumn + " = ANY(:scopeWards)");
            where.add("(nullif(" + ccColumn + ", '') || '/' || " + wardColumn + " = ANY(:scopeKeys) OR '*/' || " + wardColumn
                    + " = ANY(:scopeKeys))");
            params.put("scopeKeys", wards.keys().toArray(String[]::new));
            params.put("scopeWards", wards.keys().stream().map(key -> key.substring(key.indexOf('/') + 1)).distinct().toArray(String[]::new));
        }
        return new Sql(where.isEmpty() ? "TRUE" : String.join(" AND ", where), params);
    }

    public record Sql(String where, Map<String, Object> params) {
    }
}
