package bd.gov.cleancare.dashboard.internal;

import bd.gov.cleancare.platform.security.WardScope;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /** Ward conditions only (no dates), on a table aliased {@code d} with city_corporation and ward_number. */
    public Sql wardsOnly() {
        return new Scope(null, null, cityCorporation, wardNumber, wards).onDaily();
    }

    /**
     * The read model rows of this scope: whole months from complaint_stats_monthly, the days at either
     * end from complaint_stats_daily (same columns), as a derived table aliased {@code d}.
     */
    public Sql statsRows() {
        var wardsOnly = wardsOnly();
        var params = new HashMap<String, Object>(wardsOnly.params());
        LocalDate firstWholeMonth = from == null ? null : (from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1));
        LocalDate afterLastWholeMonth = to == null ? null
                : (to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? to.plusDays(1) : to.withDayOfMonth(1));
        if (firstWholeMonth != null && afterLastWholeMonth != null && !firstWholeMonth.isBefore(afterLastWholeMonth)) {
            var daily = onDaily();
            return new Sql("(SELECT * FROM complaint_stats_daily d WHERE " + daily.where() + ") d", daily.params());
        }
        var monthly = new ArrayList<String>(List.of(wardsOnly.where()));
        var edges = new ArrayList<String>();
        if (firstWholeMonth != null) {
            monthly.add("d.day >= :firstWholeMonth");
            edges.add("(d.day >= :from AND d.day < :firstWholeMonth)");
            params.put("firstWholeMonth", firstWholeMonth);
            params.put("from", from);
        }
        if (afterLastWholeMonth != null) {
            monthly.add("d.day < :afterLastWholeMonth");
            edges.add("(d.day >= :afterLastWholeMonth AND d.day <= :to)");
            params.put("afterLastWholeMonth", afterLastWholeMonth);
            params.put("to", to);
        }
        var sql = "(SELECT * FROM complaint_stats_monthly d WHERE " + String.join(" AND ", monthly);
        if (!edges.isEmpty()) {
            sql += " UNION ALL SELECT * FROM complaint_stats_daily d WHERE " + wardsOnly.where() + " AND (" + String.join(" OR ", edges) + ")";
        }
        return new Sql(sql + ") d", params);
    }

    /** Conditions on complaints aliased {@code c}. */
    public Sql onComplaints() {
        return conditions("c.created_at", "c.city_corporation", "c.ward_number", true);
    }

    /** Conditions on complaint_reopens aliased {@code r}: re-opened in the period, in the wards. */
    public Sql onReopens() {
        return conditions("r.reopened_at", "r.city_corporation", "r.ward_number", true);
    }

    /** Conditions on complaint_follow_ups aliased {@code f}: asked in the period, in the wards. */
    public Sql onFollowUps() {
        return conditions("f.asked_at", "f.city_corporation", "f.ward_number", true);
    }

    /** Conditions on emergency_requests aliased {@code e}. */
    public Sql onEmergencies() {
        return conditions("e.created_at", "e.city_corporation", "e.ward_number", true);
    }

    /** The same wards at any time: what is open now was not necessarily raised in the period. */
    public Scope anyTime() {
        return new Scope(null, null, cityCorporation, wardNumber, wards);
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
