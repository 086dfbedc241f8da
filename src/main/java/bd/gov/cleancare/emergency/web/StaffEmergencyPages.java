package bd.gov.cleancare.emergency.web;

import bd.gov.cleancare.emergency.Emergencies;
import bd.gov.cleancare.emergency.EmergencyStatus;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An emergency in the staff console and the form that moves it on: a new status, a note, and a
 * colleague of the ward to give it to, as {@link Emergencies#assignees} lists them (the service says who may).
 */
@PageController
class StaffEmergencyPages {

    private final Emergencies emergencies;
    private final Forms forms;

    StaffEmergencyPages(Emergencies emergencies, Forms forms) {
        this.emergencies = emergencies;
        this.forms = forms;
    }

    /** What the status form posts; an empty status or assignee leaves it as it is. */
    record StatusForm(String status, String note, String assignedTo) {

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

    @GetMapping("/staff/emergencies/{id}")
    String emergency(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new StatusForm(null, null, null));
        return show(me, id, model);
    }

    @PostMapping("/staff/emergencies/{id}/status")
    String changeStatus(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, StatusForm form, Model model,
            RedirectAttributes next) {
        var view = show(me, id, model);
        return forms.submit(model, form, view, () -> {
            emergencies.changeStatus(me, id, form.status(), form.note(), form.assignee());
            next.addFlashAttribute("updated", true);
            return "redirect:/staff/emergencies/" + id;
        });
    }

    private String show(CurrentUser me, UUID id, Model model) {
        var emergency = emergencies.get(me, id);
        var assignees = emergencies.assignees(me, id);
        model.addAttribute("emergency", emergency);
        model.addAttribute("assignees", assignees);
        model.addAttribute("assignee", assignees.stream().filter(a -> a.id().equals(emergency.assignedTo())).findFirst().orElse(null));
        model.addAttribute("statuses", Arrays.stream(EmergencyStatus.values()).map(EmergencyStatus::code).toList());
        return "emergency/staff/detail";
    }
}
