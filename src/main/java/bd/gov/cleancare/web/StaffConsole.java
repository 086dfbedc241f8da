package bd.gov.cleancare.web;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.ComplaintQuery;
import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.emergency.Emergencies;
import bd.gov.cleancare.emergency.EmergencyStatus;
import bd.gov.cleancare.emergency.EmergencyView;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff console's queue: open emergencies on top (refreshed by htmx), then the complaints the
 * member may see, filtered and paginated. Which wards they see is the services' decision.
 */
@PageController
class StaffConsole {

    private static final int QUEUE_SIZE = 20;
    /** Open emergencies are few at any moment; a screenful of each state is enough to act on. */
    private static final PageQuery EMERGENCIES = new PageQuery(1, 20);

    private final Complaints complaints;
    private final Emergencies emergencies;
    private final Forms forms;

    StaffConsole(Complaints complaints, Emergencies emergencies, Forms forms) {
        this.complaints = complaints;
        this.emergencies = emergencies;
        this.forms = forms;
    }

    /** How the queue may be sorted: newest first (default), most supported, soonest due. */
    static final java.util.List<String> QUEUE_ORDERINGS = java.util.List.of("-created_at", "-support_count", "resolution_due_at");

    /** The queue's GET filters, as typed. */
    record QueueFilters(String status, String category, String priority, String ward, String search, String ordering, String held) {

        ComplaintQuery query() {
            return new ComplaintQuery(status, category, priority, ward, null, null, null, null, search, ordering, held);
        }

        /** The queue's address with these filters, for the pager's links. */
        public String link(int page) {
            return UriComponentsBuilder.fromPath("/staff")
                    .queryParamIfPresent("status", present(status)).queryParamIfPresent("category", present(category))
                    .queryParamIfPresent("priority", present(priority)).queryParamIfPresent("ward", present(ward))
                    .queryParamIfPresent("search", present(search)).queryParamIfPresent("ordering", present(ordering))
                    .queryParamIfPresent("held", present(held))
                    .queryParam("page", page)
                    .encode().build().toUriString();
        }

        private static java.util.Optional<String> present(String value) {
            return java.util.Optional.ofNullable(value).filter(v -> !v.isBlank());
        }
    }

    @GetMapping("/staff")
    String queue(@AuthenticationPrincipal CurrentUser me, QueueFilters filters, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("statuses", Arrays.stream(Status.values()).map(Status::code).toList());
        model.addAttribute("categories", Arrays.stream(Category.values()).map(Category::code).toList());
        model.addAttribute("priorities", Arrays.stream(Priority.values()).map(Priority::code).toList());
        model.addAttribute("orderings", QUEUE_ORDERINGS);
        model.addAttribute("form", filters);
        model.addAttribute("emergencies", openEmergencies(me));
        return forms.submit(model, filters, "web/staff/queue", () -> {
            var query = PageQuery.parse(page, Integer.toString(QUEUE_SIZE));
            model.addAttribute("complaints", complaints.list(me, filters.query(), query));
            model.addAttribute("page", query.page());
            model.addAttribute("size", query.pageSize());
            return "web/staff/queue";
        });
    }

    /** htmx, every ten seconds: the open emergencies again. */
    @GetMapping("/staff/emergencies/open")
    String emergencies(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("emergencies", openEmergencies(me));
        return "web/staff/queue :: emergencies";
    }

    private List<EmergencyView> openEmergencies(CurrentUser me) {
        var open = new ArrayList<EmergencyView>();
        for (var status : List.of(EmergencyStatus.SUBMITTED, EmergencyStatus.IN_PROGRESS)) {
            open.addAll(emergencies.list(me, status.code(), EMERGENCIES).items());
        }
        return open;
    }
}
