package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A complaint in the staff console: its photos, place and timeline, and the form that moves it on
 * (status, assignment to a member of the ward, a comment) through the same workflow as the API. A complaint outside the
 * member's wards is not found, as the service decides.
 */
@PageController
class StaffComplaintPages {

    private static final PageQuery TIMELINE = new PageQuery(1, PageQuery.MAX_SIZE);

    private final Complaints complaints;
    private final Forms forms;

    StaffComplaintPages(Complaints complaints, Forms forms) {
        this.complaints = complaints;
        this.forms = forms;
    }

    /** What the update form posts; an empty status or assignee leaves it as it is. */
    record UpdateForm(String status, String assignedTo, String comment) {

        UUID assignee() {
            if (assignedTo == null || assignedTo.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(assignedTo.strip());
            } catch (IllegalArgumentException e) {
                throw RuleViolated.onField("assigned_to", "problem.field.wrong-type");
            }
        }
    }

    @GetMapping("/staff/complaints/{id}")
    String complaint(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new UpdateForm(null, null, null));
        return show(me, id, model);
    }

    @PostMapping("/staff/complaints/{id}/updates")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, UpdateForm form, Model model, RedirectAttributes next) {
        var view = show(me, id, model);
        return forms.submit(model, form, view, Map.of("new_status", "status"), () -> {
            complaints.addUpdate(me, id, form.status(), form.assignee(), form.comment());
            next.addFlashAttribute("updated", true);
            return "redirect:/staff/complaints/" + id;
        });
    }

    private String show(CurrentUser me, UUID id, Model model) {
        model.addAttribute("complaint", complaints.get(me, id));
        model.addAttribute("updates", complaints.updates(me, id, TIMELINE).items());
        model.addAttribute("assignees", complaints.assignees(me, id));
        // staff never re-open: "not fixed" is the citizen's word (Complaints.reopen)
        model.addAttribute("statuses", Arrays.stream(Status.values()).filter(status -> status != Status.REOPENED).map(Status::code).toList());
        return "complaints/staff/detail";
    }
}
