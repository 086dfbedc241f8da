package bd.gov.cleancare.dashboard.web;

import bd.gov.cleancare.dashboard.Dashboard;
import bd.gov.cleancare.dashboard.Figures;
import bd.gov.cleancare.dashboard.Reports;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.waste.TransferStations;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dashboard as a page: KPI cards, complaints per status and category (a Chart.js chart over a
 * table that works without it), the ward ranking, the transfer stations, the latest complaints
 * (refreshed by htmx) and reports. Who may see which wards is the dashboard service's decision.
 */
@PageController
class DashboardPages {

    private static final Dashboard.Request WHOLE_SCOPE = new Dashboard.Request(null, null, null, null);
    /** A day of complaints keeps the list useful on a quiet night; the API's default is the last hour. */
    private static final String RECENT_HOURS = "24";
    private static final int REPORTS_SHOWN = 10;

    private final Dashboard dashboard;
    private final Reports reports;
    private final TransferStations stations;
    private final Forms forms;
    private final MessageSource messages;

    DashboardPages(Dashboard dashboard, Reports reports, TransferStations stations, Forms forms, MessageSource messages) {
        this.dashboard = dashboard;
        this.reports = reports;
        this.stations = stations;
        this.forms = forms;
        this.messages = messages;
    }

    record ReportForm(String reportType, String format) {
    }

    /** One chart's data for charts.js: labels and values joined by "|" in data- attributes. */
    record ChartData(String labels, String values) {
    }

    @GetMapping("/staff/dashboard")
    String dashboard(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("form", new ReportForm("monthly", "pdf"));
        return show(me, model);
    }

    /** htmx, every fifteen seconds: the latest complaints again. */
    @GetMapping("/staff/dashboard/recent")
    String recent(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("recent", dashboard.recent(me, WHOLE_SCOPE, RECENT_HOURS).complaints());
        return "dashboard/dashboard :: recent";
    }

    @PostMapping("/staff/reports")
    String requestReport(@AuthenticationPrincipal CurrentUser me, ReportForm form, Model model, RedirectAttributes next) {
        var view = forms.submit(model, form, "dashboard/dashboard", () -> {
            reports.request(me, form.reportType(), form.format(), null, null, null, null);
            next.addFlashAttribute("reportRequested", true);
            return "redirect:/staff/dashboard#reports";
        });
        // refused: the dashboard again around the form and its messages
        return view.startsWith("redirect:") ? view : show(me, model);
    }

    private String show(CurrentUser me, Model model) {
        var stats = dashboard.complaintStats(me, WHOLE_SCOPE, null);
        model.addAttribute("kpi", dashboard.kpi(me, WHOLE_SCOPE));
        model.addAttribute("stats", stats);
        model.addAttribute("byStatus", chart(stats.byStatus(), "complaint.state."));
        model.addAttribute("byCategory", chart(stats.byCategory(), "complaint.category."));
        model.addAttribute("wards", dashboard.wardPerformance(me, WHOLE_SCOPE));
        model.addAttribute("reopens", dashboard.reopens(me, WHOLE_SCOPE));
        model.addAttribute("satisfaction", dashboard.satisfaction(me, WHOLE_SCOPE));
        model.addAttribute("sts", stations.overview(me, null, null));
        model.addAttribute("recent", dashboard.recent(me, WHOLE_SCOPE, RECENT_HOURS).complaints());
        model.addAttribute("reports", reports.requestedBy(me, REPORTS_SHOWN));
        model.addAttribute("reportTypes", List.of("daily", "weekly", "monthly", "quarterly", "yearly"));
        model.addAttribute("formats", List.of("pdf", "excel"));
        return "dashboard/dashboard";
    }

    private ChartData chart(List<Figures.Count> counts, String labelPrefix) {
        var locale = LocaleContextHolder.getLocale();
        return new ChartData(
                counts.stream().map(c -> messages.getMessage(labelPrefix + c.code(), null, c.code(), locale)).collect(Collectors.joining("|")),
                counts.stream().map(c -> Long.toString(c.count())).collect(Collectors.joining("|")));
    }
}
