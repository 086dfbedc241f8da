package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.AssistedComplaint;
import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.Duplicates;
import bd.gov.cleancare.complaints.NewComplaint;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.Ward;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
 * (status, a response template, assignment to a member of the ward, a comment) through the same workflow as the API;
 * marking it a duplicate of another; and the hotline's form that files for a caller. A complaint outside the
 * member's wards is not found, as the service decides.
 */
@PageController
class StaffComplaintPages {

    private static final PageQuery TIMELINE = new PageQuery(1, PageQuery.MAX_SIZE);

    private final Complaints complaints;
    private final Duplicates duplicates;
    private final Geography geography;
    private final Forms forms;

    StaffComplaintPages(Complaints complaints, Duplicates duplicates, Geography geography, Forms forms) {
        this.complaints = complaints;
        this.duplicates = duplicates;
        this.geography = geography;
        this.forms = forms;
    }

    /** What the update form posts; an empty status, template or assignee leaves it as it is. */
    record UpdateForm(String status, String templateId, String assignedTo, String comment) {

        UUID assignee() {
            return uuid("assigned_to", assignedTo);
        }

        UUID template() {
            return uuid("template_id", templateId);
        }
    }

    /** The original by its tracking number, and why (the duplicate's public update). */
    record DuplicateForm(String original, String reason) {
    }

    /** The hotline form: the caller, then the complaint; {@code ward} is "CORPORATION/number". */
    record AssistedForm(String phone, String name, String language, String category, String title, String description,
            String location, String priority, String ward) {

        AssistedComplaint assisted() {
            var place = ward == null ? "" : ward.strip();
            int slash = place.indexOf('/');
            var corporation = slash < 0 ? null : place.substring(0, slash);
            var number = slash < 0 ? place : place.substring(slash + 1);
            return new AssistedComplaint(phone, name, language, new NewComplaint(title, description, category, priority, location,
                    null, null, number, corporation));
        }
    }

    @GetMapping("/staff/complaints/{id}")
    String complaint(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new UpdateForm(null, null, null, null));
        model.addAttribute("duplicateForm", new DuplicateForm(null, null));
        return show(me, id, model);
    }

    @PostMapping("/staff/complaints/{id}/updates")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, UpdateForm form, Model model, RedirectAttributes next) {
        model.addAttribute("duplicateForm", new DuplicateForm(null, null));
        var view = show(me, id, model);
        return forms.submit(model, form, view, Map.of("new_status", "status", "template_id", "templateId"), () -> {
            complaints.addUpdate(me, id, form.status(), form.assignee(), form.comment(), form.template());
            next.addFlashAttribute("updated", true);
            return "redirect:/staff/complaints/" + id;
        });
    }

    @PostMapping("/staff/complaints/{id}/duplicate-of")
    String markDuplicate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, DuplicateForm form, Model model,
            RedirectAttributes next) {
        model.addAttribute("duplicateForm", form);
        var view = show(me, id, model);
        // the page's "form" stays the update form; the refusal's fields belong to the duplicate form
        return forms.submit(model, new UpdateForm(null, null, null, null), view, Map.of("original_id", "original", "comment", "reason"), () -> {
            duplicates.markByTrackingNumber(me, id, form.original(), form.reason());
            next.addFlashAttribute("merged", true);
            return "redirect:/staff/complaints/" + id;
        });
    }

    @GetMapping("/staff/complaints/assisted")
    String assisted(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("form", new AssistedForm(null, null, "bn", null, null, null, null, null, null));
        return assistedForm(me, model);
    }

    @PostMapping("/staff/complaints/assisted")
    String fileAssisted(@AuthenticationPrincipal CurrentUser me, AssistedForm form, Model model, RedirectAttributes next) {
        var view = assistedForm(me, model);
        return forms.submit(model, form, view, Map.of("ward_number", "ward", "city_corporation", "ward"), () -> {
            var filed = complaints.fileAssisted(me, form.assisted());
            next.addFlashAttribute("filedFor", filed.trackingNumber());
            return "redirect:/staff/complaints/" + filed.id();
        });
    }

    private String show(CurrentUser me, UUID id, Model model) {
        model.addAttribute("complaint", complaints.get(me, id));
        model.addAttribute("updates", complaints.updates(me, id, TIMELINE).items());
        model.addAttribute("assignees", complaints.assignees(me, id));
        model.addAttribute("templates", complaints.responseTemplates(me, id));
        // staff never re-open: "not fixed" is the citizen's word (Complaints.reopen)
        model.addAttribute("statuses", Arrays.stream(Status.values()).filter(status -> status != Status.REOPENED).map(Status::code).toList());
        return "complaints/staff/detail";
    }

    /** The wards this member may file in, by corporation; none means the hotline is not theirs. */
    private String assistedForm(CurrentUser me, Model model) {
        var corporations = geography.cityCorporations();
        var wards = new LinkedHashMap<String, List<Ward>>();
        corporations.forEach(corporation -> wards.put(corporation.code(), geography.wards(corporation.code(), null).stream()
                .filter(ward -> complaints.mayFileIn(me, ward.cityCorporation(), ward.wardNumber())).toList()));
        if (wards.values().stream().allMatch(List::isEmpty)) {
            throw new Forbidden("complaint.assisted.staff-only");
        }
        model.addAttribute("corporations", corporations.stream().filter(corporation -> !wards.get(corporation.code()).isEmpty()).toList());
        model.addAttribute("wardChoices", wards);
        model.addAttribute("categories", Arrays.stream(Category.values()).map(Category::code).toList());
        model.addAttribute("priorities", List.of(Priority.MEDIUM.code(), Priority.HIGH.code(), Priority.LOW.code()));
        return "complaints/staff/assisted";
    }

    private static UUID uuid(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolated.onField(field, "problem.field.wrong-type");
        }
    }
}
