package bd.gov.cleancare.dashboard;

import bd.gov.cleancare.dashboard.internal.reports.ReportRenderer;
import bd.gov.cleancare.dashboard.internal.reports.ReportRequests;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.jobs.JobQueue;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.DateRange;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report generation (seed §7.1 generate_report): the request is stored and a background job makes
 * the PDF or Excel file, so it survives restarts and runs once across instances.
 */
@Service
public class Reports {

    static final Set<String> TYPES = Set.of("daily", "weekly", "monthly", "quarterly", "yearly");
    static final String JOB = "report";

    private final ReportRequests requests;
    private final JobQueue jobs;
    private final Geography geography;
    private final AuditTrail audit;
    private final Clock clock;
    private final Set<String> formats;

    Reports(ReportRequests requests, JobQueue jobs, Geography geography, AuditTrail audit, Clock clock, List<ReportRenderer> renderers) {
        this.requests = requests;
        this.jobs = jobs;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
        this.formats = Set.copyOf(renderers.stream().map(ReportRenderer::format).toList());
    }

    /** Periods end today (Dhaka): today, the last 7 days, this month, this quarter or this year so far. */
    @Transactional
    public ReportStatus request(CurrentUser me, String reportType, String format, String from, String to, String cityCorporation,
            String wardNumber) {
        if (me.type() != UserType.SUPER_ADMIN && me.type() != UserType.ADMIN) {
            throw new Forbidden("problem.forbidden");
        }
        var type = reportType == null ? "" : reportType.strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw RuleViolated.onField("report_type", "validation.choice", String.join(", ", TYPES.stream().sorted().toList()));
        }
        var kind = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (kind.equals("xlsx")) {
            kind = "excel";
        }
        if (!formats.contains(kind)) {
            throw RuleViolated.onField("format", "validation.choice", String.join(", ", formats.stream().sorted().toList()));
        }
        var ward = cityCorporation == null && wardNumber == null ? null : geography.requireWardOrDefault(cityCorporation, wardNumber);
        var explicit = DateRange.parse(from, to);
        var today = LocalDate.now(clock.withZone(ClockConfig.DHAKA));
        var periodFrom = explicit.from() != null ? explicit.from() : start(type, today);
        var periodTo = explicit.to() != null ? explicit.to() : today;
        if (periodTo.isBefore(periodFrom)) {
            throw RuleViolated.onField("to", "validation.range");
        }
        var id = requests.insert(me.id(), type, kind, ward == null ? null : ward.cityCorporation(), ward == null ? null : ward.wardNumber(),
                periodFrom, periodTo, clock.instant());
        var job = jobs.enqueue(JOB, Map.of("report_id", id.toString()), 3);
        requests.attachJob(id, job);
        audit.record(me, "report.requested", "report", id, Map.of("report_type", type, "format", kind));
        return requests.find(id).orElseThrow();
    }

    /** The requester (or a super admin) follows the report. */
    @Transactional
    public ReportStatus status(CurrentUser me, UUID id) {
        var report = requests.find(id).orElseThrow(() -> new NotFound("report.not-found"));
        if (!me.isSuperAdmin() && !me.is(requests.requester(id).orElse(null))) {
            throw new NotFound("report.not-found");
        }
        return report;
    }

    /** The reports the caller asked for, newest first, to follow and download. */
    @Transactional
    public List<ReportStatus> requestedBy(CurrentUser me, int limit) {
        return requests.requestedBy(me.id(), limit);
    }

    private static LocalDate start(String type, LocalDate today) {
        return switch (type) {
            case "daily" -> today;
            case "weekly" -> today.minusDays(6);
            case "monthly" -> today.withDayOfMonth(1);
            case "quarterly" -> today.with(IsoFields.DAY_OF_QUARTER, 1);
            default -> today.withDayOfYear(1);
        };
    }

}
