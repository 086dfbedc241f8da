package bd.gov.cleancare.dashboard.web;

import bd.gov.cleancare.dashboard.Dashboard;
import bd.gov.cleancare.dashboard.Figures;
import bd.gov.cleancare.dashboard.Reports;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.Ward;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.waste.TransferStations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard as a page: KPI cards, complaints per status and category (a Chart.js chart over a
 * table that works without it), the ward ranking, the transfer stations, the latest complaints
 * (refreshed by htmx) and reports, for the whole scope or one ward and a date range (GET filters the
 * report form carries along). Who may see which wards is the dashboard service's decision: an
 * admin who picks another ward gets no figures.
 */
@PageController
class DashboardPages {

    /** A day of complaints keeps the list useful on a quiet night; the API's default is the last hour. */
    private static final String RECENT_HOURS = "24";
    private static final int REPORTS_SHOWN = 10;
    /** The service names the ward's parts; the page has one chooser for both. */
    private static final Map<String, String> WARD_FIELDS = Map.of("ward_number", "ward", "city_corporation", "ward");

    private final Dashboard dashboard;
    private final Reports reports;
    private final TransferStations stations;
    private final Forms forms;
    private final MessageSource messages;
    private final Geography geography;

    DashboardPages(Dashboard dashboard, Reports reports, TransferStations stations, Forms forms, MessageSource messages,
            Geography geography) {
        this.dashboard = dashboard;
        this.reports = reports;
        this.stations = stations;
        this.forms = forms;
        this.messages = messages;
        this.geography = geography;
    }

    /** The dashboard's GET filters: {@code ward} as "DSCC/12" from the chooser, dates as Dhaka days. */
    record Filters(String ward, String from, String to) {

        static final Filters NONE = new Filters(null, null, null);

        Dashboard.Request request() {
            return new Dashboard.Request(from, to, corporation(ward), wardNumber(ward));
        }

        /** The dashboard's address with these filters (also the htmx refresh and the report's way back). */
        public String link(String path) {
            return UriComponentsBuilder.fromPath(path).queryParamIfPresent("ward", present(ward))
                    .queryParamIfPresent("from", present(from)).queryParamIfPresent("to", present(to))
                    .encode().build().toUriString();
        }

        public boolean any() {
            return present(ward).isPresent() || present(from).isPresent() || present(to).isPresent();
        }
    }

    /** The report's period and format, with the dashboard's filters it was asked from. */
    record ReportForm(String reportType, String format, String ward, String from, String to) {

        Filters filters() {
            return new Filters(ward, from, to);
        }
    }

    /** One chart's data for charts.js: labels and values joined by "|" in data- attributes. */
    record ChartData(String labels, String values) {
    }

    @GetMapping("/staff/dashboard")
    String dashboard(@AuthenticationPrincipal CurrentUser me, Filters filters, Model model) {
        model.addAttribute("form", new ReportForm("monthly", "pdf", filters.ward(), filters.from(), filters.to()));
        model.addAttribute("filters", filters);
        var view = forms.submit(model, filters, "dashboard/dashboard", WARD_FIELDS, () -> show(me, filters, model));
        if (!model.containsAttribute("errors")) {
            return view;
        }
        // refused filters: the whole scope's figures under the filter form and its messages
        model.addAttribute("refused", "filters");
        model.addAttribute("form", new ReportForm("monthly", "pdf", null, null, null));
        return show(me, Filters.NONE, model);
    }

    /** htmx, every fifteen seconds: the latest complaints again, in the same ward. */
    @GetMapping("/staff/dashboard/recent")
    String recent(@AuthenticationPrincipal CurrentUser me, Filters filters, Model model) {
        model.addAttribute("filters", filters);
        model.addAttribute("recent", dashboard.recent(me, wardOnly(filters), RECENT_HOURS).complaints());
        return "dashboard/dashboard :: recent";
    }

    @PostMapping("/staff/reports")
    String requestReport(@AuthenticationPrincipal CurrentUser me, ReportForm form, Model model, RedirectAttributes next) {
        var filters = form.filters();
        model.addAttribute("filters", filters);
        var view = forms.submit(model, form, "dashboard/dashboard", WARD_FIELDS, () -> {
            reports.request(me, form.reportType(), form.format(), form.from(), form.to(), corporation(form.ward()), wardNumber(form.ward()));
            next.addFlashAttribute("reportRequested", true);
            return "redirect:" + filters.link("/staff/dashboard") + "#reports";
        });
        // refused: the dashboard again around the form and its messages
        if (view.startsWith("redirect:")) {
            return view;
        }
        model.addAttribute("refused", "report");
        return show(me, filters, model);
    }

    private String show(CurrentUser me, Filters filters, Model model) {
        var request = filters.request();
        var stats = dashboard.complaintStats(me, request, null);
        model.addAttribute("kpi", dashboard.kpi(me, request));
        model.addAttribute("stats", stats);
        model.addAttribute("byStatus", chart(stats.byStatus(), "complaint.state."));
        model.addAttribute("byCategory", chart(stats.byCategory(), "complaint.category."));
        model.addAttribute("wards", dashboard.wardPerformance(me, request));
        model.addAttribute("sts", stations.overview(me, request.cityCorporation(), request.wardNumber()));
        model.addAttribute("recent", dashboard.recent(me, wardOnly(filters), RECENT_HOURS).complaints());
        var corporations = geography.cityCorporations();
        var wards = new LinkedHashMap<String, List<Ward>>();
        corporations.forEach(corporation -> wards.put(corporation.code(), geography.wards(corporation.code(), null)));
        model.addAttribute("corporations", corporations);
        model.addAttribute("wardChoices", wards);
        model.addAttribute("reopens", dashboard.reopens(me, request));
        model.addAttribute("satisfaction", dashboard.satisfaction(me, request));
        model.addAttribute("reports", reports.requestedBy(me, REPORTS_SHOWN));
        model.addAttribute("reportTypes", List.of("daily", "weekly", "monthly", "quarterly", "yearly"));
        model.addAttribute("formats", List.of("pdf", "excel"));
        return "dashboard/dashboard";
    }

    /** The latest complaints are the last hours', whatever the dates: only the ward applies. */
    private static Dashboard.Request wardOnly(Filters filters) {
        return new Dashboard.Request(null, null, corporation(filters.ward()), wardNumber(filters.ward()));
    }

    private static String corporation(String ward) {
        return present(ward).filter(w -> w.contains("/")).map(w -> w.substring(0, w.indexOf('/'))).orElse(null);
    }

    private static String wardNumber(String ward) {
        return present(ward).map(w -> w.substring(w.indexOf('/') + 1)).orElse(null);
    }

    private static java.util.Optional<String> present(String value) {
        return java.util.Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private ChartData chart(List<Figures.Count> counts, String labelPrefix) {
        var locale = LocaleContextHolder.getLocale();
        return new ChartData(
                counts.stream().map(c -> messages.getMessage(labelPrefix + c.code(), null, c.code(), locale)).collect(Collectors.joining("|")),
                counts.stream().map(c -> Long.toString(c.count())).collect(Collectors.joining("|")));
    }
}
