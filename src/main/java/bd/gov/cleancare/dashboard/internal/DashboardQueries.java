package bd.gov.cleancare.dashboard.internal;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.dashboard.Figures;
import bd.gov.cleancare.platform.text.StoredValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's SQL: sums over the read model, and over complaints only where a ward narrows them. */
@Repository
public class DashboardQueries {

    /** Up to this many resolved complaints, medians are exact (percentile over the rows); above, estimated from buckets. */
    public static final long EXACT_MEDIAN_LIMIT = 5_000;

    private static final String HOURS = "greatest(extract(epoch FROM c.resolved_at - c.created_at) / 3600.0, 0)";

    private final JdbcClient jdbc;

    public DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Totals(long received, long submitted, long inProgress, long resolved, long cancelled, long resolutionCount,
            double resolutionHours, long ratingCount, long ratingSum, long[] ratings, long[] buckets) {
    }

    public Totals totals(Scope scope) {
        return totals(scope, true);
    }

    /** Without the 24 bucket sums when no median is needed (the KPI). */
    public Totals totals(Scope scope, boolean buckets) {
        var sql = scope.statsRows();
        return jdbc.sql("""
                SELECT coalesce(sum(received), 0) AS received, coalesce(sum(submitted), 0) AS submitted,
                       coalesce(sum(in_progress), 0) AS in_progress, coalesce(sum(resolved), 0) AS resolved,
                       coalesce(sum(cancelled), 0) AS cancelled, coalesce(sum(resolution_count), 0) AS resolution_count,
                       coalesce(sum(resolution_hours_sum), 0) AS resolution_hours, coalesce(sum(rating_count), 0) AS rating_count,
                       coalesce(sum(rating_sum), 0) AS rating_sum, coalesce(sum(rating_1), 0) AS r1, coalesce(sum(rating_2), 0) AS r2,
                       coalesce(sum(rating_3), 0) AS r3, coalesce(sum(rating_4), 0) AS r4, coalesce(sum(rating_5), 0) AS r5,
                       """ + bucketSums(buckets) + " FROM " + sql.where())
                .params(sql.params())
                .query((rs, n) -> new Totals(rs.getLong("received"), rs.getLong("submitted"), rs.getLong("in_progress"),
                        rs.getLong("resolved"), rs.getLong("cancelled"), rs.getLong("resolution_count"), rs.getDouble("resolution_hours"),
                        rs.getLong("rating_count"), rs.getLong("rating_sum"),
                        new long[] {rs.getLong("r1"), rs.getLong("r2"), rs.getLong("r3"), rs.getLong("r4"), rs.getLong("r5")},
                        buckets ? buckets(rs) : new long[24]))
                .single();
    }

    private static String bucketSums(boolean wanted) {
        return wanted ? ResolutionBuckets.sums("d.resolution_buckets") : "0 AS none";
    }

    public record WardTotals(String cityCorporation, String wardNumber, long received, long resolved, long resolutionCount,
            double resolutionHours, long ratingCount, long ratingSum, long[] buckets) {
    }

    public List<WardTotals> wards(Scope scope) {
        return wards(scope, true);
    }

    public List<WardTotals> wards(Scope scope, boolean buckets) {
        var sql = scope.statsRows();
        return jdbc.sql("""
                SELECT d.city_corporation, d.ward_number, sum(received) AS received, sum(resolved) AS resolved,
                       sum(resolution_count) AS resolution_count, sum(resolution_hours_sum) AS resolution_hours,
                       sum(rating_count) AS rating_count, sum(rating_sum) AS rating_sum,
                       """ + bucketSums(buckets) + " FROM " + sql.where()
                        + " GROUP BY d.city_corporation, d.ward_number HAVING sum(received) > 0")
                .params(sql.params())
                .query((rs, n) -> new WardTotals(emptyToNull(rs.getString(1)), emptyToNull(rs.getString(2)), rs.getLong("received"),
                        rs.getLong("resolved"), rs.getLong("resolution_count"), rs.getDouble("resolution_hours"),
                        rs.getLong("rating_count"), rs.getLong("rating_sum"), buckets ? buckets(rs) : new long[24]))
                .list();
    }

    /** Exact medians of resolution hours per ward ("" key for the whole scope when {@code perWard} is false). */
    public Map<String, BigDecimal> exactMedians(Scope scope, boolean perWard) {
        var sql = scope.onComplaints();
        var group = perWard ? "coalesce(c.city_corporation, '') || '/' || coalesce(c.ward_number, '')" : "''";
        var result = new HashMap<String, BigDecimal>();
        jdbc.sql("SELECT " + group + " AS ward, percentile_cont(0.5) WITHIN GROUP (ORDER BY " + HOURS + ") AS median"
                        + " FROM complaints c WHERE c.status = 'সমাধান হয়েছে' AND c.resolved_at IS NOT NULL AND " + sql.where()
                        + " GROUP BY 1")
                .params(sql.params())
                .query((rs, n) -> result.put(rs.getString("ward"), hours(rs.getDouble("median"))))
                .list();
        return result;
    }

    /** Status, category and priority counts, with resolution sums per category and priority. */
    public record Mix(String category, String priority, String status, long complaints, long resolutionCount, double resolutionHours) {
    }

    public List<Mix> mix(Scope scope) {
        if (scope.wholeCity()) {
            var params = new HashMap<String, Object>();
            var where = new ArrayList<String>();
            if (scope.from() != null) {
                where.add("m.day >= :from");
                params.put("from", scope.from());
            }
            if (scope.to() != null) {
                where.add("m.day <= :to");
                params.put("to", scope.to());
            }
            return jdbc.sql("""
                    SELECT category, priority, status, sum(complaints) AS n, sum(resolution_count) AS rc, sum(resolution_hours_sum) AS rh
                      FROM complaint_stats_mix m""" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                            + " GROUP BY category, priority, status")
                    .params(params).query(DashboardQueries::mixRow).list();
        }
        var sql = scope.onComplaints();
        return jdbc.sql("""
                SELECT c.category, c.priority, c.status, count(*) AS n,
                       count(*) FILTER (WHERE c.status = 'সমাধান হয়েছে' AND c.resolved_at IS NOT NULL) AS rc,
                       coalesce(sum(""" + HOURS + ") FILTER (WHERE c.status = 'সমাধান হয়েছে' AND c.resolved_at IS NOT NULL), 0) AS rh"
                        + " FROM complaints c WHERE " + sql.where() + " GROUP BY c.category, c.priority, c.status")
                .params(sql.params()).query(DashboardQueries::mixRow).list();
    }

    /** A choice or yes/no answer to a category question, counted over the scope's complaints (the reports' answers sheet). */
    public record AnswerCount(String category, String questionBn, String questionEn, String answerBn, long complaints) {
    }

    /** Only the countable answers: free text and numbers stay on the complaints themselves. */
    public List<AnswerCount> answers(Scope scope) {
        var sql = scope.onComplaints();
        return jdbc.sql("""
                SELECT q.category, q.label_bn, q.label_en,
                       coalesce((SELECT o->>'label_bn' FROM jsonb_array_elements(q.options) o WHERE o->>'key' = a.value #>> '{}'),
                                CASE a.value #>> '{}' WHEN 'true' THEN 'হ্যাঁ' WHEN 'false' THEN 'না' ELSE a.value #>> '{}' END) AS answer_bn,
                       count(*) AS n
                  FROM complaints c
                  CROSS JOIN LATERAL jsonb_each(c.answers) a
                  JOIN category_questions q ON q.category = c.category AND q.code = a.key AND q.kind IN ('choice', 'yes_no')
                 WHERE c.answers IS NOT NULL AND""" + " " + sql.where() + """

                 GROUP BY q.category, q.position, q.code, q.label_bn, q.label_en, answer_bn
                 ORDER BY q.category, q.position, q.code, n DESC, answer_bn""")
                .params(sql.params())
                .query((rs, n) -> new AnswerCount(rs.getString("category"), rs.getString("label_bn"), rs.getString("label_en"),
                        rs.getString("answer_bn"), rs.getLong("n")))
                .list();
    }

    public List<Figures.SeriesPoint> series(Scope scope, String interval) {
        // months can be summed from the monthly rows; days and weeks need the daily ones
        boolean monthly = "month".equals(interval);
        var sql = monthly ? new Scope.Sql("TRUE", scope.statsRows().params()) : scope.onDaily();
        var source = monthly ? scope.statsRows().where() : "complaint_stats_daily d";
        return jdbc.sql("SELECT date_trunc('" + interval + "', d.day)::date AS period, sum(received) AS received, sum(resolved) AS resolved,"
                        + " sum(cancelled) AS cancelled FROM " + source + " WHERE " + sql.where()
                        + " GROUP BY 1 ORDER BY 1")
                .params(sql.params())
                .query((rs, n) -> new Figures.SeriesPoint(rs.getObject("period", LocalDate.class), rs.getLong("received"),
                        rs.getLong("resolved"), rs.getLong("cancelled")))
                .list();
    }

    /** Users by type now (from the trigger-kept counts); staff scoped to wards count the users of those wards. */
    public Figures.UserTotals userTotals(Scope scope) {
        var sql = scope.wardsOnly();
        return jdbc.sql("""
                SELECT coalesce(sum(users) FILTER (WHERE user_type = 'citizen'), 0) AS citizens,
                       coalesce(sum(users) FILTER (WHERE user_type = 'admin'), 0) AS admins,
                       coalesce(sum(users) FILTER (WHERE user_type = 'super_admin'), 0) AS super_admins,
                       coalesce(sum(users) FILTER (WHERE user_type = 'service_provider'), 0) AS providers,
                       coalesce(sum(users) FILTER (WHERE is_verified), 0) AS verified
                  FROM user_counts d WHERE\s""" + sql.where())
                .params(sql.params())
                .query((rs, n) -> new Figures.UserTotals(rs.getLong("citizens"), rs.getLong("admins"), rs.getLong("super_admins"),
                        rs.getLong("providers"), rs.getLong("verified")))
                .single();
    }

    /** Emergencies open now in the scope's wards; raised in the period, and how fast the first response came. */
    public Figures.EmergencyTotals emergencyTotals(Scope scope) {
        var now = scope.anyTime().onEmergencies();
        long open = jdbc.sql("SELECT count(*) FROM emergency_requests e WHERE e.status <> 'সমাধান হয়েছে' AND " + now.where())
                .params(now.params()).query(Long.class).single();
        var period = scope.onEmergencies();
        return jdbc.sql("""
                SELECT count(*) AS raised, count(e.responded_at) AS responded,
                       round(CAST(avg(extract(epoch FROM e.responded_at - e.created_at)) / 60 AS numeric), 1) AS avg_minutes
                  FROM emergency_requests e WHERE\s""" + period.where())
                .params(period.params())
                .query((rs, n) -> new Figures.EmergencyTotals(open, rs.getLong("raised"), rs.getLong("responded"),
                        rs.getBigDecimal("avg_minutes")))
                .single();
    }

    /** Users who signed up in the period (and scope). */
    public long newUsers(Scope scope) {
        var sql = userConditions(scope, true);
        return jdbc.sql("SELECT count(*) FROM users u WHERE " + sql.where()).params(sql.params()).query(Long.class).single();
    }

    public List<Figures.GrowthPoint> userGrowth(Scope scope, String interval) {
        var sql = userConditions(scope, true);
        return jdbc.sql("SELECT date_trunc('" + interval + "', u.created_at AT TIME ZONE 'Asia/Dhaka')::date AS period, count(*) AS n,"
                        + " count(*) FILTER (WHERE u.user_type = 'citizen') AS citizens FROM users u WHERE " + sql.where()
                        + " GROUP BY 1 ORDER BY 1")
                .params(sql.params())
                .query((rs, n) -> new Figures.GrowthPoint(rs.getObject("period", LocalDate.class), rs.getLong("n"), rs.getLong("citizens")))
                .list();
    }

    public List<Figures.RecentComplaint> recent(Scope scope, Instant since, int limit) {
        var sql = scope.onComplaints();
        return jdbc.sql("""
                SELECT c.id, c.tracking_number, c.title, c.category, c.status, c.priority, c.location, c.ward_number,
                       c.city_corporation, c.created_at, u.name, u.phone,
                       ARRAY(SELECT i.image_url FROM complaint_images i WHERE i.complaint_id = c.id ORDER BY i.uploaded_at) AS images
                  FROM complaints c JOIN users u ON u.id = c.user_id
                 WHERE c.created_at >= :since AND\s""" + sql.where() + " ORDER BY c.created_at DESC LIMIT :limit")
                .params(sql.params()).param("since", Timestamp.from(since)).param("limit", limit)
                .query((rs, n) -> {
                    var category = StoredValue.fromStored(Category.class, rs.getString("category"));
                    var status = StoredValue.fromStored(Status.class, rs.getString("status"));
                    var priority = StoredValue.fromStored(Priority.class, rs.getString("priority"));
                    var images = rs.getArray("images");
                    return new Figures.RecentComplaint(rs.getObject("id", UUID.class), rs.getString("tracking_number"), rs.getString("title"),
                            category.stored(), category.code(), status.stored(), status.code(), priority.stored(), priority.code(),
                            rs.getString("location"), rs.getString("ward_number"), rs.getString("city_corporation"),
                            new Figures.Person(rs.getString("name"), rs.getString("phone")),
                            images == null ? List.of() : List.of((String[]) images.getArray()), rs.getTimestamp("created_at").toInstant());
                })
                .list();
    }

    public record Overdue(String cityCorporation, String wardNumber, String category, long count) {
    }

    /** Open complaints past a deadline at {@code now}: the response while nobody acted, or the resolution. */
    public List<Overdue> overdue(Scope scope, Instant now) {
        var sql = scope.anyTime().onComplaints();
        return jdbc.sql("""
                SELECT c.city_corporation, c.ward_number, c.category, count(*) AS overdue FROM complaints c
                 WHERE c.status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে')
                   AND (c.resolution_due_at < :now
                        OR (c.status IN ('জমা দেওয়া হয়েছে', 'পুনরায় খোলা হয়েছে') AND c.responded_at IS NULL AND c.response_due_at < :now))
                   AND\s""" + sql.where() + " GROUP BY c.city_corporation, c.ward_number, c.category")
                .params(sql.params()).param("now", Timestamp.from(now))
                .query((rs, n) -> new Overdue(rs.getString("city_corporation"), rs.getString("ward_number"), rs.getString("category"),
                        rs.getLong("overdue")))
                .list();
    }

    /** Resolved complaints filed in the scope that had a deadline: [resolved, of which on time]. */
    public long[] onTime(Scope scope) {
        var sql = scope.onComplaints();
        return jdbc.sql("""
                SELECT count(*) AS resolved, count(*) FILTER (WHERE c.resolved_at <= c.resolution_due_at) AS on_time
                  FROM complaints c
                 WHERE c.status = 'সমাধান হয়েছে' AND c.resolved_at IS NOT NULL AND c.resolution_due_at IS NOT NULL
                   AND\s""" + sql.where())
                .params(sql.params())
                .query((rs, n) -> new long[] {rs.getLong("resolved"), rs.getLong("on_time")}).single();
    }

    public record Supported(String cityCorporation, String wardNumber, Figures.SupportedComplaint complaint) {
    }

    /** Up to {@code perWard} open public complaints per ward with the most supporters. */
    public List<Supported> mostSupported(Scope scope, int perWard) {
        var sql = scope.anyTime().onComplaints();
        return jdbc.sql("""
                SELECT * FROM (
                  SELECT c.id, c.tracking_number, c.title, c.category, c.status, c.support_count, c.created_at,
                         c.city_corporation, c.ward_number,
                         row_number() OVER (PARTITION BY c.city_corporation, c.ward_number
                                            ORDER BY c.support_count DESC, c.created_at, c.id) AS place
                    FROM complaints c
                   WHERE c.status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') AND c.support_count > 0 AND c.is_public
                     AND\s""" + sql.where() + """
                ) ranked WHERE place <= :perWard ORDER BY city_corporation, ward_number, place""")
                .params(sql.params()).param("perWard", perWard)
                .query((rs, n) -> {
                    var category = StoredValue.fromStored(Category.class, rs.getString("category"));
                    var status = StoredValue.fromStored(Status.class, rs.getString("status"));
                    return new Supported(rs.getString("city_corporation"), rs.getString("ward_number"),
                            new Figures.SupportedComplaint(rs.getObject("id", UUID.class), rs.getString("tracking_number"),
                                    rs.getString("title"), category.stored(), category.code(), status.stored(), status.code(),
                                    rs.getInt("support_count"), rs.getTimestamp("created_at").toInstant()));
                })
                .list();
    }

    public record Money(BigDecimal completed, BigDecimal pending, BigDecimal refunded, List<Figures.MethodTotal> byMethod) {
    }

    /** Payments of the period; staff scoped to wards see those of their wards' residents. */
    public Money payments(Scope scope) {
        var sql = paymentConditions(scope);
        var totals = jdbc.sql("""
                SELECT coalesce(sum(p.amount) FILTER (WHERE p.status = 'completed'), 0) AS completed,
                       coalesce(sum(p.amount) FILTER (WHERE p.status IN ('pending', 'processing')), 0) AS pending,
                       coalesce(sum(p.amount) FILTER (WHERE p.status = 'refunded'), 0) AS refunded
                  FROM payments p JOIN users u ON u.id = p.user_id WHERE p.service_type <> 'donation' AND\s""" + sql.where())
                .params(sql.params())
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)}).single();
        var byMethod = jdbc.sql("""
                SELECT p.payment_method, count(*) AS n, sum(p.amount) AS amount
                  FROM payments p JOIN users u ON u.id = p.user_id WHERE p.status = 'completed' AND p.service_type <> 'donation' AND\s""" + sql.where()
                        + " GROUP BY 1 ORDER BY 3 DESC")
                .params(sql.params())
                .query((rs, n) -> new Figures.MethodTotal(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3))).list();
        return new Money(totals[0], totals[1], totals[2], byMethod);
    }

    public BigDecimal completedPaymentsSince(Scope scope, Instant since) {
        var sql = paymentConditions(new Scope(null, null, scope.cityCorporation(), scope.wardNumber(), scope.wards()));
        return jdbc.sql("SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN users u ON u.id = p.user_id"
                        + " WHERE p.status = 'completed' AND p.service_type <> 'donation' AND p.completed_at >= :since AND " + sql.where())
                .params(sql.params()).param("since", Timestamp.from(since)).query(BigDecimal.class).single();
    }

    public BigDecimal completedDonations(Scope scope) {
        var sql = paymentConditions(scope);
        return jdbc.sql("SELECT coalesce(sum(p.amount), 0) FROM donations p JOIN users u ON u.id = p.user_id"
                        + " WHERE p.status = 'completed' AND " + sql.where())
                .params(sql.params()).query(BigDecimal.class).single();
    }

    private static Scope.Sql userConditions(Scope scope, boolean dateRange) {
        var byWard = new Scope(dateRange ? scope.from() : null, dateRange ? scope.to() : null, scope.cityCorporation(),
                scope.wardNumber(), scope.wards()).onComplaints();
        return new Scope.Sql(byWard.where().replace("c.created_at", "u.created_at").replace("c.city_corporation", "u.city_corporation")
                .replace("c.ward_number", "u.ward_number"), byWard.params());
    }

    private static Scope.Sql paymentConditions(Scope scope) {
        var byWard = scope.onComplaints();
        return new Scope.Sql(byWard.where().replace("c.created_at", "p.created_at").replace("c.city_corporation", "u.city_corporation")
                .replace("c.ward_number", "u.ward_number"), byWard.params());
    }

    private static Mix mixRow(ResultSet rs, int n) throws SQLException {
        return new Mix(rs.getString("category"), rs.getString("priority"), rs.getString("status"), rs.getLong("n"),
                rs.getLong("rc"), rs.getDouble("rh"));
    }

    private static long[] buckets(ResultSet rs) throws SQLException {
        var counts = new long[24];
        for (int i = 0; i < 24; i++) {
            counts[i] = rs.getLong("b" + (i + 1));
        }
        return counts;
    }

    static BigDecimal hours(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }


    public record FollowUpCounts(long asked, long answered, long yes, long no, long unknown) {
    }

    public FollowUpCounts followUps(Scope scope) {
        var sql = scope.onFollowUps();
        return jdbc.sql("""
                SELECT count(*) AS asked, count(f.answer) AS answered, count(*) FILTER (WHERE f.answer = 'yes') AS fixed,
                       count(*) FILTER (WHERE f.answer = 'no') AS not_fixed, count(*) FILTER (WHERE f.answer = 'unknown') AS not_known
                  FROM complaint_follow_ups f WHERE\s""" + sql.where())
                .params(sql.params())
                .query((rs, n) -> new FollowUpCounts(rs.getLong("asked"), rs.getLong("answered"), rs.getLong("fixed"), rs.getLong("not_fixed"),
                        rs.getLong("not_known")))
                .single();
    }

    public record WardReopenCount(String cityCorporation, String wardNumber, long reopened, long complaints) {
    }

    /** Re-opens per ward (a complaint re-opened twice counts twice; {@code complaints} counts it once). */
    public List<WardReopenCount> reopensByWard(Scope scope) {
        var sql = scope.onReopens();
        return jdbc.sql("""
                SELECT r.city_corporation, r.ward_number, count(*) AS reopened, count(DISTINCT r.complaint_id) AS complaints
                  FROM complaint_reopens r WHERE\s""" + sql.where()
                + " GROUP BY r.city_corporation, r.ward_number ORDER BY reopened DESC, r.city_corporation, r.ward_number")
                .params(sql.params())
                .query((rs, n) -> new WardReopenCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }
}
