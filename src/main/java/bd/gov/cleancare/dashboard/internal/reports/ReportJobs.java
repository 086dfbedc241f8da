package bd.gov.cleancare.dashboard.internal.reports;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.dashboard.Dashboard;
import bd.gov.cleancare.dashboard.internal.DashboardQueries;
import bd.gov.cleancare.dashboard.internal.ResolutionBuckets;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.jobs.JobHandler;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.storage.FileType;
import bd.gov.cleancare.platform.storage.Storage;
import bd.gov.cleancare.platform.text.Digits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The "report" job: gathers the figures for the requester's scope, renders the file, stores it. */
@Component
class ReportJobs implements JobHandler {

    private static final Map<String, String[]> TITLES = Map.of(
            "daily", new String[] {"দৈনিক", "Daily"}, "weekly", new String[] {"সাপ্তাহিক", "Weekly"},
            "monthly", new String[] {"মাসিক", "Monthly"}, "quarterly", new String[] {"ত্রৈমাসিক", "Quarterly"},
            "yearly", new String[] {"বার্ষিক", "Yearly"});

    private final ReportRequests requests;
    private final Dashboard dashboard;
    private final DashboardQueries queries;
    private final Users users;
    private final Geography geography;
    private final Storage storage;
    private final Clock clock;
    private final Map<String, ReportRenderer> renderers;

    ReportJobs(ReportRequests requests, Dashboard dashboard, DashboardQueries queries, Users users, Geography geography,
            Storage storage, Clock clock, List<ReportRenderer> renderers) {
        this.requests = requests;
        this.dashboard = dashboard;
        this.queries = queries;
        this.users = users;
        this.geography = geography;
        this.storage = storage;
        this.clock = clock;
        this.renderers = renderers.stream().collect(Collectors.toMap(ReportRenderer::format, Function.identity()));
    }

    @Override
    public String kind() {
        return "report";
    }

    @Override
    public void run(JsonNode payload) {
        var id = UUID.fromString(payload.get("report_id").asString());
        var report = requests.load(id).orElseThrow(() -> new IllegalStateException("report " + id + " is gone"));
        requests.processing(id);
        var requester = users.find(report.requestedBy()).orElseThrow(() -> new IllegalStateException("requester is gone"));
        var me = new CurrentUser(requester.id(), requester.phone(), UserType.of(requester.userType()), null, null);
        var content = content(report, me);
        var renderer = renderers.get(report.format());
        var bytes = renderer.render(content);
        var url = storage.put("reports", bytes, report.format().equals("pdf") ? FileType.PDF : FileType.XLSX);
        requests.completed(id, url, bytes.length, clock.instant());
    }

    @Override
    public void gaveUp(JsonNode payload, String error) {
        requests.failed(UUID.fromString(payload.get("report_id").asString()), error);
    }

    private ReportContent content(ReportRequests.Stored report, CurrentUser me) {
        var scope = dashboard.scopeFor(me, report.from(), report.to(), report.cityCorporation(), report.wardNumber());
        var totals = queries.totals(scope);
        var median = ResolutionBuckets.median(totals.buckets());
        var kpis = List.of(
                new ReportContent.Kpi("মোট অভিযোগ", "Complaints received", BigDecimal.valueOf(totals.received()), "টি"),
                new ReportContent.Kpi("সমাধান হয়েছে", "Resolved", BigDecimal.valueOf(totals.resolved()), "টি"),
                new ReportContent.Kpi("প্রক্রিয়াধীন", "In progress", BigDecimal.valueOf(totals.inProgress()), "টি"),
                new ReportContent.Kpi("জমা দেওয়া হয়েছে", "Submitted", BigDecimal.valueOf(totals.submitted()), "টি"),
                new ReportContent.Kpi("সমাধানের হার", "Resolution rate", percent(totals.resolved(), totals.received()), "%"),
                new ReportContent.Kpi("গড় সমাধানের সময়", "Average resolution time",
                        average(totals.resolutionHours(), totals.resolutionCount()), "ঘণ্টা"),
                new ReportContent.Kpi("মধ্যমা সমাধানের সময়", "Median resolution time", median, "ঘণ্টা"),
                new ReportContent.Kpi("নাগরিক সন্তুষ্টি", "Citizen satisfaction",
                        average(totals.ratingSum(), totals.ratingCount()), "/ ৫"));
        var ranking = dashboard.ranking(scope).stream().map(w -> new ReportContent.WardRow(w.rank(), w.cityCorporation(),
                w.wardNumber(), w.wardName(), w.totalComplaints(), w.resolvedComplaints(), w.resolutionRate(), w.medianResolutionHours(),
                w.avgResolutionTime())).toList();
        var mix = queries.mix(scope);
        var categories = new ArrayList<ReportContent.CategoryRow>();
        for (var category : Category.values()) {
            long received = mix.stream().filter(m -> m.category().equals(category.stored())).mapToLong(DashboardQueries.Mix::complaints).sum();
            long resolved = mix.stream().filter(m -> m.category().equals(category.stored()) && m.status().equals(Status.RESOLVED.stored()))
                    .mapToLong(DashboardQueries.Mix::complaints).sum();
            categories.add(new ReportContent.CategoryRow(category.stored(), category.code(), received, resolved));
        }
        var daily = queries.series(scope, "day").stream()
                .map(p -> new ReportContent.DailyRow(p.periodStart(), p.received(), p.resolved())).toList();
        var title = TITLES.get(report.reportType());
        return new ReportContent("অভিযোগ ও সেবা প্রতিবেদন — " + title[0], "Complaints and service report — " + title[1],
                report.reportType(), report.from(), report.to(), scopeBn(report, me), scopeEn(report, me), clock.instant(), kpis,
                ranking, categories, daily, queries.answers(scope).stream().map(a -> new ReportContent.AnswerRow(a.category(),
                        a.questionBn(), a.questionEn(), a.answerBn(), a.complaints())).toList());
    }

    private String scopeBn(ReportRequests.Stored report, CurrentUser me) {
        if (report.wardNumber() != null) {
            var ward = geography.ward(report.cityCorporation(), report.wardNumber());
            return corporationBn(report.cityCorporation()) + ", " + ward.map(w -> w.nameBn()).orElse("ওয়ার্ড " + Digits.toBengali(report.wardNumber()));
        }
        return me.isSuperAdmin() ? "সমগ্র ঢাকা শহর (ডিএসসিসি ও ডিএনসিসি)" : "আপনার দায়িত্বপ্রাপ্ত ওয়ার্ডসমূহ";
    }

    private String scopeEn(ReportRequests.Stored report, CurrentUser me) {
        if (report.wardNumber() != null) {
            return report.cityCorporation() + ", Ward " + report.wardNumber();
        }
        return me.isSuperAdmin() ? "All of Dhaka (DSCC and DNCC)" : "Your wards";
    }

    private String corporationBn(String code) {
        return geography.cityCorporations().stream().filter(c -> c.code().equals(code)).map(c -> c.nameBn()).findFirst().orElse(code);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(double sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum / count).setScale(2, RoundingMode.HALF_UP);
    }
}
