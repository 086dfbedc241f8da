package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.ResponseTemplate;
import bd.gov.cleancare.complaints.ResponseTemplateForm;
import bd.gov.cleancare.complaints.ResponseTemplates;
import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.util.Arrays;
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
 * The response templates in the staff console (super admins, as {@link ResponseTemplates} decides): the templates,
 * a new one for a status in one category or any, a template's text changed or switched off, a template removed.
 */
@PageController
class StaffResponseTemplatePages {

    /** The statuses staff move a complaint to; the service refuses any other. */
    private static final List<String> STATUSES = List.of(Status.IN_PROGRESS.code(), Status.RESOLVED.code(), Status.CANCELLED.code());
    private static final Map<String, String> FIELDS = Map.of("text_bn", "textBn", "text_en", "textEn");

    private final ResponseTemplates templates;
    private final Forms forms;

    StaffResponseTemplatePages(ResponseTemplates templates, Forms forms) {
        this.templates = templates;
        this.forms = forms;
    }

    /** A template as typed; an empty category means any category, an unticked box a template staff no longer see. */
    record TemplateForm(String category, String status, String title, String textBn, String textEn, String isActive) {

        static TemplateForm blank() {
            return new TemplateForm(null, Status.IN_PROGRESS.code(), null, null, null, "on");
        }

        static TemplateForm of(ResponseTemplate t) {
            return new TemplateForm(t.categoryCode(), t.statusCode(), t.title(), t.textBn(), t.textEn(), t.isActive() ? "on" : null);
        }

        ResponseTemplateForm template() {
            return new ResponseTemplateForm(category == null ? "" : category, status, title, textBn, textEn,
                    isActive != null && !isActive.isBlank());
        }
    }

    @GetMapping("/staff/response-templates")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("templates", templates.all(me));
        return "complaints/staff/response-templates";
    }

    @GetMapping("/staff/response-templates/new")
    String newTemplate(@AuthenticationPrincipal CurrentUser me, Model model) {
        // an empty form asks the service nothing: its read refuses whoever may not keep these
        templates.all(me);
        model.addAttribute("form", TemplateForm.blank());
        return form(model, null);
    }

    @PostMapping("/staff/response-templates")
    String add(@AuthenticationPrincipal CurrentUser me, TemplateForm form, Model model, RedirectAttributes next) {
        return forms.saved(model, form, form(model, null), FIELDS, next, "/staff/response-templates/", () -> templates.add(me, form.template()).id());
    }

    @GetMapping("/staff/response-templates/{id}")
    String template(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        var template = templates.get(me, id);
        model.addAttribute("form", TemplateForm.of(template));
        return form(model, template);
    }

    @PostMapping("/staff/response-templates/{id}")
    String change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, TemplateForm form, Model model, RedirectAttributes next) {
        var view = form(model, templates.get(me, id));
        return forms.saved(model, form, view, FIELDS, next, "/staff/response-templates/", () -> {
            templates.change(me, id, form.template());
            return id;
        });
    }

    @PostMapping("/staff/response-templates/{id}/delete")
    String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes next) {
        templates.remove(me, id);
        next.addFlashAttribute("deleted", true);
        return "redirect:/staff/response-templates";
    }

    private String form(Model model, ResponseTemplate template) {
        model.addAttribute("responseTemplate", template);
        model.addAttribute("categories", Arrays.stream(Category.values()).map(Category::code).toList());
        model.addAttribute("statuses", STATUSES);
        return "complaints/staff/response-template";
    }
}
