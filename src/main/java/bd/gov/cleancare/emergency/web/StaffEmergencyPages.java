package bd.gov.cleancare.emergency.web;

import bd.gov.cleancare.emergency.Emergencies;
import bd.gov.cleancare.emergency.EmergencyStatus;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An emergency in the staff console and the form that moves it on (the service says who may). */
@PageController
class StaffEmergencyPages {

    private final Emergencies emergencies;
    private final Forms forms;

    StaffEmergencyPages(Emergencies emergencies, Forms forms) {
        this.emergencies = emergencies;
        this.forms = forms;
    }

    record StatusForm(String status, String note, String assignToMe) {

        UUID assignee(CurrentUser me) {
            return assignToMe == null || assignToMe.isBlank() ? null : me.id();
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
        return forms.submit(model, form, view, Map.of("assigned_to", "assignToMe"), () -> {
            emergencies.changeStatus(me, id, form.status(), form.note(), form.assignee(me));
            next.addFlashAttribute("updated", true);
            return "redirect:/staff/emergencies/" + id;
        });
    }

    private String show(CurrentUser me, UUID id, Model model) {
        model.addAttribute("emergency", emergencies.get(me, id));
        model.addAttribute("statuses", Arrays.stream(EmergencyStatus.values()).map(EmergencyStatus::code).toList());
        return "emergency/staff/detail";
    }
}
