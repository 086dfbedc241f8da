package bd.gov.cleancare.dashboard.web;

import bd.gov.cleancare.dashboard.Dashboard;
import bd.gov.cleancare.dashboard.Figures;
import bd.gov.cleancare.dashboard.ReportStatus;
import bd.gov.cleancare.dashboard.Reports;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.waste.StsOverview;
import bd.gov.cleancare.waste.TransferStations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The seed's /dashboard routes: super admin for the city, admins for their wards. ?from=&to=&ward_number=&city_corporation= */
@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "dashboard", description = "KPIs, statistics and reports")
@SecurityRequirement(name = "bearer")
class DashboardApi {

    private final Dashboard dashboard;
    private final Reports reports;
    private final TransferStations stations;

    DashboardApi(Dashboard dashboard, Reports reports, TransferStations stations) {
        this.dashboard = dashboard;
        this.reports = reports;
        this.stations = stations;
    }

    record ReportForm(@Size(max = 20) String reportType, @Size(max = 10) String format, @Size(max = 20) String from,
            @Size(max = 20) String to, @Size(max = 10) String cityCorporation, @Size(max = 10) String wardNumber) {
    }

    record WardList(int count, List<Figures.WardPerformance> results) {
    }

    /** The filters every figure takes: ?from=&to= (Dhaka days), ?city_corporation=&ward_number=. */
    record Area(String from, String to, @BindParam("city_corporation") @Parameter(name = "city_corporation") String cityCorporation,
            @BindParam("ward_number") @Parameter(name = "ward_number") String wardNumber) {

        Dashboard.Request request() {
            return new Dashboard.Request(from, to, cityCorporation, wardNumber);
        }
    }

    @GetMapping("/kpi")
    @Operation(summary = "Headline figures: complaints by status, users, satisfaction, service time, top wards")
    Figures.Kpi kpi(@AuthenticationPrincipal CurrentUser me, @ParameterObject Area area) {
        return dashboard.kpi(me, area.request());
    }

    @GetMapping("/complaints-stats")
    @Operation(summary = "Complaints by status, category and priority, and a day/week/month series")
    Figures.ComplaintStats complaintStats(@AuthenticationPrincipal CurrentUser me, @ParameterObject Area area, @RequestParam(required = false) String interval) {
        return dashboard.complaintStats(me, area.request(), interval);
    }

    @GetMapping("/user-stats")
    @Operation(summary = "Users by type and their growth")
    Figures.UserStats userStats(@AuthenticationPrincipal CurrentUser me, @ParameterObject Area area, @RequestParam(required = false) String interval) {
        return dashboard.userStats(me, area.request(), interval);
    }

    @GetMapping("/ward-performance")
    @Operation(summary = "Ward ranking: received, resolved, resolution rate, median and average hours")
    WardList wardPerformance(@AuthenticationPrincipal CurrentUser me, @ParameterObject Area area) {
        var wards = dashboard.wardPerformance(me, area.request());
        return new WardList(wards.size(), wards);
    }

    @GetMapping("/deadlines")
    @Operation(summary = "Overdue complaints now per ward and category; on-time rate of the period's resolved complaints")
    Figures.Deadlines deadlines(@AuthenticationPrincipal CurrentUser me, @ParameterObject Area area) {
        return dashboard.deadlines(me, area.request());
    }

    @GetMapping("/most-supported")
    @Operation(summary = "Per ward, the open problems with the most supporters (\"me too\")")
    Figures.MostSupported mostSupported(@AuthenticationPrincipal CurrentUser me, @ParameterObject Area area,
            @RequestParam(name = "per_ward", required = false) String perWard) {
        return dashboard.mostSupported(me, area.request(), perWard);
    }

    @GetMapping("/satisfaction")
    @Operation(summary = "Citizen satisfaction from complaint ratings and \"has it been fixed?\" answers (fixed rate)")
    Figures.Satisfaction satisfaction(@AuthenticationPrincipal CurrentUser me, @ParameterObject Area area) {
        return dashboard.satisfaction(me, area.request());
    }

    @GetMapping("/reopens")
    @Operation(summary = "Complaints re-opened (\"not fixed\") per ward in the period")
    Figures.Reopens reopens(@AuthenticationPrincipal CurrentUser me, @ParameterObject Area area) {
        return dashboard.reopens(me, area.request());
    }

    @GetMapping("/service-time")
    @Operation(summary = "Average and median service delivery time")
    Figures.ServiceTime serviceTime(@AuthenticationPrincipal CurrentUser me, @ParameterObject Area area) {
        return dashboard.serviceTime(me, area.request());
    }

    @GetMapping("/sts-overview")
    @Operation(summary = "Secondary transfer stations now: capacity, load, utilisation, clearance and today's tonnes; fullest first")
    StsOverview stsOverview(@AuthenticationPrincipal CurrentUser me, @RequestParam(name = "city_corporation", required = false) String cc,
            @RequestParam(name = "ward_number", required = false) String ward) {
        return stations.overview(me, cc, ward);
    }

    @GetMapping("/recent-complaints")
    @Operation(summary = "Complaints of the last hour (or ?hours=)")
    Figures.Recent recent(@AuthenticationPrincipal CurrentUser me, @RequestParam(name = "city_corporation", required = false) String cc,
            @RequestParam(name = "ward_number", required = false) String ward, @RequestParam(required = false) String hours) {
        return dashboard.recent(me, new Dashboard.Request(null, null, cc, ward), hours);
    }

    @GetMapping("/financial")
    @Operation(summary = "Revenue: completed, pending, this month, by method (BDT)")
    Figures.Financial financial(@AuthenticationPrincipal CurrentUser me, @ParameterObject Area area) {
        return dashboard.financial(me, area.request());
    }

    @PostMapping("/reports/generate")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Generate a PDF or Excel report in the background → {task_id, status}")
    ReportStatus generate(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody ReportForm form) {
        return reports.request(me, form.reportType(), form.format(), form.from(), form.to(), form.cityCorporation(), form.wardNumber());
    }

    @GetMapping("/reports/{taskId}")
    @Operation(summary = "A report's status and, when completed, its download URL")
    ReportStatus report(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID taskId) {
        return reports.status(me, taskId);
    }
}
