package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.AssistedComplaint;
import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.Moderation;
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
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A complaint in the staff console: its photos, place and timeline, and the form that moves it on
 * (status, a response template, assignment to a member of the ward, a comment) through the same workflow as the API;
 * marking it a duplicate of another; for those who may moderate it, the moderation section (hide, public text, photo
 * redaction, held review, history); and the hotline's form that files for a caller. A complaint outside the member's
 * wards is not found, as the service decides.
 */
@PageController
class StaffComplaintPages {

    private static final PageQuery TIMELINE = new PageQuery(1, PageQuery.MAX_SIZE);

    private final Complaints complaints;
    private final Moderation moderation;
    private final Duplicates duplicates;
    private final Geography geography;
    private final Forms forms;

    StaffComplaintPages(Complaints complaints, Moderation moderation, Duplicates duplicates, Geography geography, Forms forms) {
        this.complaints = complaints;
        this.moderation = moderation;
        this.duplicates = duplicates;
        this.geography = geography;
        this.forms = forms;
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

    /**
     * What the page's forms post: the update form (status, response template, assignee, comment; empty leaves it as
     * it is) and the moderation forms, each with a reason field of its own so a refused form shows its messages next
     * to its own fields.
     */
    record StaffForm(String status, String templateId, String assignedTo, String comment,
            String visibility, String hideReason,
            String publicTitle, String publicDescription, String hideName, String textReason,
            String imageId, String x, String y, String width, String height, String redactReason,
            String updateId, String updateVisibility, String updateReason,
            String holdReason) {

        static StaffForm empty() {
            return new StaffForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null);
        }

        UUID template() {
            return uuid("template_id", templateId);
        }

        UUID assignee() {
            return uuid("assigned_to", assignedTo);
        }
    }

    @GetMapping("/staff/complaints/{id}")
    String complaint(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("form", StaffForm.empty());
        return show(me, id, model);
    }

    @PostMapping("/staff/complaints/{id}/updates")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, StaffForm form, Model model, RedirectAttributes next) {
        var view = show(me, id, model);
        return forms.submit(model, form, view, Map.of("new_status", "status", "template_id", "templateId"), () -> {
            complaints.addUpdate(me, id, form.status(), form.assignee(), form.comment(), form.template());
            next.addFlashAttribute("updated", true);
            return "redirect:/staff/complaints/" + id;
        });
    }

    @PostMapping("/staff/complaints/{id}/moderation/visibility")
    String visibility(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, StaffForm form, Model model,
            RedirectAttributes next) {
        return moderate(me, id, form, model, next, Map.of("reason", "hideReason", "is_public", "visibility"),
                () -> moderation.setVisibility(me, id, flag("is_public", form.visibility()), form.hideReason()));
    }

    @PostMapping("/staff/complaints/{id}/moderation/text")
    String text(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, StaffForm form, Model model, RedirectAttributes next) {
        return moderate(me, id, form, model, next, Map.of("reason", "textReason", "title", "publicTitle", "description", "publicDescription"),
                () -> moderation.editPublicText(me, id, form.publicTitle(), form.publicDescription(),
                        "true".equals(form.hideName()), form.textReason()));
    }

    @PostMapping("/staff/complaints/{id}/moderation/redaction")
    String redact(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, StaffForm form, Model model, RedirectAttributes next) {
        return moderate(me, id, form, model, next, Map.of("reason", "redactReason", "image", "imageId", "image_id", "imageId"),
                () -> moderation.redact(me, id, required("image_id", uuid("image_id", form.imageId())),
                        new Moderation.Rectangle(number("x", form.x()), number("y", form.y()), number("width", form.width()),
                                number("height", form.height())), form.redactReason()));
    }

    @PostMapping("/staff/complaints/{id}/moderation/update-visibility")
    String updateVisibility(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, StaffForm form, Model model,
            RedirectAttributes next) {
        return moderate(me, id, form, model, next, Map.of("reason", "updateReason", "is_public", "updateVisibility", "update_id", "updateId"),
                () -> moderation.setUpdateVisibility(me, id, required("update_id", uuid("update_id", form.updateId())),
                        flag("is_public", form.updateVisibility()), form.updateReason()));
    }

    @PostMapping("/staff/complaints/{id}/moderation/release")
    String release(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, StaffForm form, Model model, RedirectAttributes next) {
        return moderate(me, id, form, model, next, Map.of("reason", "holdReason"), () -> moderation.release(me, id, form.holdReason()));
    }

    @PostMapping("/staff/complaints/{id}/moderation/reject")
    String reject(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, StaffForm form, Model model, RedirectAttributes next) {
        return moderate(me, id, form, model, next, Map.of("reason", "holdReason"), () -> moderation.reject(me, id, form.holdReason()));
    }

    /** A redacted photo's unblurred copy, for the staff who may moderate the complaint; never cached. */
    @GetMapping("/staff/complaints/{id}/images/{imageId}/original")
    ResponseEntity<byte[]> original(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID imageId) {
        var original = moderation.original(me, id, imageId);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate())
                .contentType(MediaType.parseMediaType(original.mediaType())).body(original.content());
    }

    private String moderate(CurrentUser me, UUID id, StaffForm form, Model model, RedirectAttributes next, Map<String, String> aliases,
            Supplier<Moderation.View> action) {
        var view = show(me, id, model);
        model.addAttribute("moderating", true);
        return forms.submit(model, form, view, aliases, () -> {
            action.get();
            next.addFlashAttribute("moderated", true);
            return "redirect:/staff/complaints/" + id + "#moderation-title";
        });
    }

    @PostMapping("/staff/complaints/{id}/duplicate-of")
    String markDuplicate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, DuplicateForm form, Model model,
            RedirectAttributes next) {
        model.addAttribute("duplicateForm", form);
        var view = show(me, id, model);
        // the page's "form" stays the update form; the refusal's fields belong to the duplicate form
        return forms.submit(model, StaffForm.empty(), view, Map.of("original_id", "original", "comment", "reason"), () -> {
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
        model.addAttribute("moderation", moderation.viewIfAllowed(me, id).orElse(null));
        model.addAttribute("templates", complaints.responseTemplates(me, id));
        if (!model.containsAttribute("duplicateForm")) {
            model.addAttribute("duplicateForm", new DuplicateForm(null, null));  // unless a refused duplicate form is shown again
        }
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

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw RuleViolated.onField(field, "validation.NotNull");
        }
        return value;
    }

    private static Integer number(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(Digits.toAscii(raw.strip()));
        } catch (NumberFormatException e) {
            throw RuleViolated.onField(field, "problem.field.wrong-type");
        }
    }

    private static Boolean flag(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip()) {
            case "public" -> true;
            case "hidden" -> false;
            default -> throw RuleViolated.onField(field, "problem.field.wrong-type");
        };
    }
}
