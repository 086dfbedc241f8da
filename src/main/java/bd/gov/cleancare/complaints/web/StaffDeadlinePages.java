package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.ComplaintDeadlines;
import bd.gov.cleancare.complaints.DeadlineRule;
import bd.gov.cleancare.complaints.DeadlineRuleForm;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.text.Digits;
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
 * The complaint deadline rules in the staff console (super admins, as {@link ComplaintDeadlines} decides): the
 * rules, a new rule for a category (optionally one priority), a rule's hours changed, a rule removed.
 */
@PageController
class StaffDeadlinePages {

    private final ComplaintDeadlines deadlines;
    private final Forms forms;

    StaffDeadlinePages(ComplaintDeadlines deadlines, Forms forms) {
        this.deadlines = deadlines;
        this.forms = forms;
    }

    /** A rule as typed: hours as text (Bengali digits too); an empty priority means the whole category. */
    record RuleForm(String category, String priority, String responseHours, String resolutionHours) {

        static RuleForm blank() {
            return new RuleForm(null, null, null, null);
        }

        static RuleForm of(DeadlineRule rule) {
            return new RuleForm(rule.categoryCode(), rule.priorityCode(), Integer.toString(rule.responseHours()),
                    Integer.toString(rule.resolutionHours()));
        }

        DeadlineRuleForm rule() {
            return new DeadlineRuleForm(category, priority, hours("response_hours", responseHours), hours("resolution_hours", resolutionHours));
        }

        private static Integer hours(String field, String raw) {
            if (raw == null || raw.isBlank()) {
                throw RuleViolated.onField(field, "validation.NotNull");
            }
            try {
                return Integer.valueOf(Digits.toAscii(raw.strip()));
            } catch (NumberFormatException e) {
                throw RuleViolated.onField(field, "problem.field.wrong-type");
            }
        }
    }

    @GetMapping("/staff/deadlines")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("rules", deadlines.rules(me));
        return "complaints/staff/deadlines";
    }

    @GetMapping("/staff/deadlines/new")
    String newRule(@AuthenticationPrincipal CurrentUser me, Model model) {
        // an empty form asks the service nothing: its read refuses whoever may not keep these
        deadlines.rules(me);
        model.addAttribute("form", RuleForm.blank());
        return form(model, null);
    }

    @PostMapping("/staff/deadlines")
    String add(@AuthenticationPrincipal CurrentUser me, RuleForm form, Model model, RedirectAttributes next) {
        return forms.saved(model, form, form(model, null), Map.of(), next, "/staff/deadlines/", () -> deadlines.addRule(me, form.rule()).id());
    }

    @GetMapping("/staff/deadlines/{id}")
    String rule(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        var rule = deadlines.rule(me, id);
        model.addAttribute("form", RuleForm.of(rule));
        return form(model, rule);
    }

    @PostMapping("/staff/deadlines/{id}")
    String change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RuleForm form, Model model, RedirectAttributes next) {
        var view = form(model, deadlines.rule(me, id));
        return forms.saved(model, form, view, Map.of(), next, "/staff/deadlines/", () -> {
            deadlines.changeRule(me, id, form.rule());
            return id;
        });
    }

    @PostMapping("/staff/deadlines/{id}/delete")
    String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes next) {
        deadlines.removeRule(me, id);
        next.addFlashAttribute("deleted", true);
        return "redirect:/staff/deadlines";
    }

    private String form(Model model, DeadlineRule rule) {
        model.addAttribute("rule", rule);
        model.addAttribute("categories", Arrays.stream(Category.values()).map(Category::code).toList());
        model.addAttribute("priorities", Arrays.stream(Priority.values()).map(Priority::code).toList());
        return "complaints/staff/deadline";
    }
}
