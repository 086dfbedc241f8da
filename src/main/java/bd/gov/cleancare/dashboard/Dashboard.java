package bd.gov.cleancare.dashboard;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.dashboard.Figures.Count;
import bd.gov.cleancare.dashboard.internal.DashboardQueries;
import bd.gov.cleancare.dashboard.internal.ResolutionBuckets;
import bd.gov.cleancare.dashboard.internal.Scope;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.WardRef;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The super admin's dashboard (seed §7.1), computed in SQL over the trigger-kept read model; an
 * admin gets the same figures for the wards their permissions cover.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

    private final DashboardQueries queries;
    private final WardScopes scopes;
    private final Geography geography;
    private final Clock clock;

    Dashboard(DashboardQueries queries, WardScopes scopes, Geography geography, Clock clock) {
        this.queries = queries;
        this.scopes = scopes;
        this.geography = geography;
        this.clock = clock;
    }

    /** The caller's view: who they are, and the period and ward they asked for. */
    public record Request(String from, String to, String cityCorporation, String wardNumber) {
    }

    public Figures.Kpi kpi(CurrentUser me, Request request) {
        var scope = scope(me, request);
        var totals = queries.totals(scope, false);
        var wards = ranking(scope, false);
        return new Figures.Kpi(period(scope), complaintTotals(totals), queries.userTotals(scope),
                ratio(totals.ratingSum(), totals.ratingCount()), totals.ratingCount(),
                ratio(totals.resolutionHours(), totals.resolutionCount()), rate(totals.resolved(), totals.received()),
                wards.stream().sorted(Comparator.comparingLong(Figures.WardPerformance::totalComplaints).reversed()).limit(10).toList(),
                queries.emergencyTotals(scope));
    }

    public Figures.ComplaintStats complaintStats(CurrentUser me, Request request, String interval) {
        var scope = scope(me, request);
        var mix = queries.mix(scope);
        var unit = interval(interval);
        return new Figures.ComplaintStats(period(scope), unit, mix.stream().mapToLong(DashboardQueries.Mix::complaints).sum(),
                counts(Status.class, mix, DashboardQueries.Mix::status), counts(Category.class, mix, DashboardQueries.Mix::category),
                counts(Priority.class, mix, DashboardQueries.Mix::priority), queries.series(scope, unit));
    }

    public Figures.UserStats userStats(CurrentUser me, Request request, String interval) {
        var scope = scope(me, request);
        var unit = interval(interval);
        return new Figures.UserStats(period(scope), queries.userTotals(scope), queries.newUsers(scope), unit, queries.userGrowth(scope, unit));
    }

    public List<Figures.WardPerformance> wardPerformance(CurrentUser me, Request request) {
        return ranking(scope(me, request));
    }

    public Figures.Satisfaction satisfaction(CurrentUser me, Request request) {
        var scope = scope(me, request);
        var totals = queries.totals(scope);
        var distribution = new ArrayList<Count>();
        for (int stars = 1; stars <= 5; stars++) {
            distribution.add(new Count(Integer.toString(stars), Integer.toString(stars), totals.ratings()[stars - 1]));
        }
        var answers = queries.followUps(scope);
        return new Figures.Satisfaction(period(scope), ratio(totals.ratingSum(), totals.ratingCount()), totals.ratingCount(), distribution,
                new Figures.FollowUpAnswers(answers.asked(), answers.answered(), answers.yes(), answers.no(), answers.unknown(),
                        rate(answers.yes(), answers.yes() + answers.no())));
    }

    /** "Not fixed" per ward: where resolutions do not hold. */
    public Figures.Reopens reopens(CurrentUser me, Request request) {
        var scope = scope(me, request);
        var wards = queries.reopensByWard(scope).stream().map(w -> {
            var ward = w.wardNumber() == null ? null : geography.ward(w.cityCorporation(), w.wardNumber()).orElse(null);
            return new Figures.WardReopens(w.cityCorporation(), w.wardNumber(), ward == null ? null : ward.nameBn(),
                    ward == null ? null : ward.nameEn(), w.reopened(), w.complaints());
        }).toList();
        return new Figures.Reopens(period(scope), wards.stream().mapToLong(Figures.WardReopens::reopened).sum(), wards);
    }

    public Figures.ServiceTime serviceTime(CurrentUser me, Request request) {
        var scope = scope(me, request);
        var totals = queries.totals(scope);
        boolean estimated = totals.resolutionCount() > DashboardQueries.EXACT_MEDIAN_LIMIT;
        var median = estimated ? ResolutionBuckets.median(totals.buckets()) : queries.exactMedians(scope, false).get("");
        var mix = queries.mix(scope);
        return new Figures.ServiceTime(period(scope), ratio(totals.resolutionHours(), totals.resolutionCount()), median, estimated,
                totals.resolutionCount(), timeBy(Category.class, mix, DashboardQueries.Mix::category),
                timeBy(Priority.class, mix, DashboardQueries.Mix::priority));
    }

    public Figures.Recent recent(CurrentUser me, Request request, String hours) {
        var scope = scope(me, request);
        int window = hours == null || hours.isBlank() ? 1 : parseHours(hours);
        var since = clock.instant().minus(Duration.ofHours(window));
        return new Figures.Recent(since, queries.recent(scope, since, 50));
    }

    public Figures.Financial financial(CurrentUser me, Request request) {
        var scope = scope(me, request);
        var money = queries.payments(scope);
        var monthStart = LocalDate.now(clock.withZone(ClockConfig.DHAKA)).withDayOfMonth(1).atStartOfDay(ClockConfig.DHAKA).toInstant();
        return new Figures.Financial(period(scope), money.completed(), money.pending(), queries.completedPaymentsSince(scope, monthStart),
                money.refunded(), queries.completedDonations(scope), money.byMethod(), "BDT");
    }

    /** Deadlines: what is overdue now per ward and category, and how many of the period's resolved met their deadline. */
    public Figures.Deadlines deadlines(CurrentUser me, Request request) {
        var scope = scope(me, request);
        var now = clock.instant();
        var overdue = queries.overdue(scope, now);
        var byWard = overdue.stream()
                .collect(Collectors.groupingBy(o -> java.util.Arrays.asList(o.cityCorporation(), o.wardNumber()),
                        java.util.LinkedHashMap::new, Collectors.summingLong(DashboardQueries.Overdue::count)));
        var wards = byWard.entrySet().stream()
                .map(e -> new Figures.WardOverdue(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingLong(Figures.WardOverdue::overdue).reversed()
                        .thenComparing(w -> String.valueOf(w.cityCorporation()))
                        .thenComparing(w -> String.valueOf(w.wardNumber()))).toList();
        var byCategory = overdue.stream().collect(Collectors.groupingBy(DashboardQueries.Overdue::category,
                Collectors.summingLong(DashboardQueries.Overdue::count)));
        var categories = Arrays.stream(Category.values())
                .map(c -> new Count(c.stored(), c.code(), byCategory.getOrDefault(c.stored(), 0L))).toList();
        var onTime = queries.onTime(scope);
        return new Figures.Deadlines(period(scope), now, overdue.stream().mapToLong(DashboardQueries.Overdue::count).sum(), wards,
                categories, onTime[0], onTime[1], rate(onTime[1], onTime[0]));
    }

    static final int MAX_PER_WARD = 20;

    /** The open problems most citizens said "me too" to, per ward. */
    public Figures.MostSupported mostSupported(CurrentUser me, Request request, String perWard) {
        var scope = scope(me, request);
        int limit = 5;
        if (perWard != null && !perWard.isBlank()) {
            try {
                limit = Integer.parseInt(bd.gov.cleancare.platform.text.Digits.toAscii(perWard.strip()));
            } catch (NumberFormatException e) {
                throw RuleViolated.onField("per_ward", "problem.field.wrong-type");
            }
            if (limit < 1 || limit > MAX_PER_WARD) {
                throw RuleViolated.onField("per_ward", "dashboard.per-ward.invalid", MAX_PER_WARD);
            }
        }
        var rows = queries.mostSupported(scope, limit);
        var grouped = new java.util.LinkedHashMap<List<String>, List<Figures.SupportedComplaint>>();
        rows.forEach(r -> grouped.computeIfAbsent(java.util.Arrays.asList(r.cityCorporation(), r.wardNumber()), k -> new ArrayList<>())
                .add(r.complaint()));
        return new Figures.MostSupported(limit, grouped.entrySet().stream()
                .map(e -> new Figures.WardSupported(e.getKey().get(0), e.getKey().get(1), List.copyOf(e.getValue()))).toList());
    }

    /** For reports: the scope a caller may see, over given dates. */
    public Scope scopeFor(CurrentUser me, LocalDate from, LocalDate to, String cityCorporation, String wardNumber) {
        var ward = cityCorporation == null && wardNumber == null ? null : geography.requireWardOrDefault(cityCorporation, wardNumber);
        return new Scope(from, to, ward == null ? null : ward.cityCorporation(), ward == null ? null : ward.wardNumber(), wardsOf(me));
    }

    public List<Figures.WardPerformance> ranking(Scope scope) {
        return ranking(scope, true);
    }

    /** The KPI's top wards need no medians: {@code medians} false skips them. */
    private List<Figures.WardPerformance> ranking(Scope scope, boolean medians) {
        var wards = queries.wards(scope, medians);
        long resolved = wards.stream().mapToLong(DashboardQueries.WardTotals::resolutionCount).sum();
        boolean estimated = resolved > DashboardQueries.EXACT_MEDIAN_LIMIT;
        Map<String, BigDecimal> exact = !medians || estimated ? Map.of() : queries.exactMedians(scope, true);
        var rows = wards.stream().map(w -> {
            var key = (w.cityCorporation() == null ? "" : w.cityCorporation()) + "/" + (w.wardNumber() == null ? "" : w.wardNumber());
            var ward = w.wardNumber() == null ? null : geography.ward(w.cityCorporation(), w.wardNumber()).orElse(null);
            return new Figures.WardPerformance(0, w.cityCorporation(), w.wardNumber(), ward == null ? null : ward.nameBn(),
                    ward == null ? null : ward.nameEn(), w.received(), w.resolved(), rate(w.resolved(), w.received()),
                    ratio(w.resolutionHours(), w.resolutionCount()),
                    !medians ? null : estimated ? ResolutionBuckets.median(w.buckets()) : exact.get(key), medians && estimated,
                    ratio(w.ratingSum(), w.ratingCount()));
        }).sorted(Comparator.comparing(Figures.WardPerformance::resolutionRate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Figures.WardPerformance::totalComplaints, Comparator.reverseOrder())
                .thenComparing(w -> w.wardNumber() == null ? "" : w.wardNumber())).toList();
        var ranked = new ArrayList<Figures.WardPerformance>();
        for (int i = 0; i < rows.size(); i++) {
            var w = rows.get(i);
            ranked.add(new Figures.WardPerformance(i + 1, w.cityCorporation(), w.wardNumber(), w.wardName(), w.wardNameEn(),
                    w.totalComplaints(), w.resolvedComplaints(), w.resolutionRate(), w.avgResolutionTime(), w.medianResolutionHours(),
                    w.medianEstimated(), w.citizenSatisfaction()));
        }
        return ranked;
    }

    private Scope scope(CurrentUser me, Request request) {
        var range = DateRange.parse(request.from(), request.to());
        return scopeFor(me, range.from(), range.to(), blank(request.cityCorporation()) ? null : request.cityCorporation(),
                blank(request.wardNumber()) ? null : request.wardNumber());
    }

    private WardScope wardsOf(CurrentUser me) {
        if (me.type() == UserType.SUPER_ADMIN) {
            return WardScope.ALL;
        }
        if (me.type() != UserType.ADMIN) {
            throw new Forbidden("problem.forbidden");
        }
        return scopes.of(me, "dashboard", WardScopes.Action.READ).everywhere() ? WardScope.ALL
                : union(scopes.of(me, "dashboard", WardScopes.Action.READ), scopes.of(me, "complaints", WardScopes.Action.READ));
    }

    private static WardScope union(WardScope a, WardScope b) {
        var keys = new java.util.HashSet<>(a.keys());
        keys.addAll(b.keys());
        return keys.isEmpty() ? WardScope.NONE : new WardScope(false, java.util.Set.copyOf(keys));
    }

    private static Figures.Period period(Scope scope) {
        return new Figures.Period(scope.from(), scope.to(), scope.cityCorporation(), scope.wardNumber(), scope.wards().everywhere());
    }

    private static Figures.ComplaintTotals complaintTotals(DashboardQueries.Totals t) {
        return new Figures.ComplaintTotals(t.received(), List.of(
                new Count(Status.SUBMITTED.stored(), Status.SUBMITTED.code(), t.submitted()),
                new Count(Status.IN_PROGRESS.stored(), Status.IN_PROGRESS.code(), t.inProgress()),
                new Count(Status.RESOLVED.stored(), Status.RESOLVED.code(), t.resolved()),
                new Count(Status.CANCELLED.stored(), Status.CANCELLED.code(), t.cancelled())));
    }

    private static <E extends Enum<E> & StoredValue> List<Count> counts(Class<E> type, List<DashboardQueries.Mix> mix,
            Function<DashboardQueries.Mix, String> key) {
        var sums = mix.stream().collect(Collectors.groupingBy(key, Collectors.summingLong(DashboardQueries.Mix::complaints)));
        return Arrays.stream(type.getEnumConstants())
                .map(value -> new Count(value.stored(), value.code(), sums.getOrDefault(value.stored(), 0L))).toList();
    }

    private static <E extends Enum<E> & StoredValue> List<Figures.TimeBy> timeBy(Class<E> type, List<DashboardQueries.Mix> mix,
            Function<DashboardQueries.Mix, String> key) {
        return Arrays.stream(type.getEnumConstants()).map(value -> {
            var rows = mix.stream().filter(m -> value.stored().equals(key.apply(m))).toList();
            long count = rows.stream().mapToLong(DashboardQueries.Mix::resolutionCount).sum();
            double hours = rows.stream().mapToDouble(DashboardQueries.Mix::resolutionHours).sum();
            return new Figures.TimeBy(value.stored(), value.code(), count, ratio(hours, count));
        }).toList();
    }

    private static String interval(String raw) {
        if (raw == null || raw.isBlank()) {
            return "day";
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "day", "daily" -> "day";
            case "week", "weekly" -> "week";
            case "month", "monthly" -> "month";
            default -> throw RuleViolated.onField("interval", "dashboard.interval.invalid");
        };
    }

    private static int parseHours(String raw) {
        try {
            int hours = Integer.parseInt(raw.strip());
            if (hours >= 1 && hours <= 24 * 7) {
                return hours;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw RuleViolated.onField("hours", "dashboard.hours.invalid");
    }

    static BigDecimal ratio(double sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum / count).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
