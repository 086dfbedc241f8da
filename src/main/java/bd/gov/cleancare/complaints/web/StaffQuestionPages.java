package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.CategoryQuestions;
import bd.gov.cleancare.complaints.CategoryQuestions.Option;
import bd.gov.cleancare.complaints.CategoryQuestions.Question;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.text.Digits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint categories' extra questions in the staff console (super admins, as {@link CategoryQuestions}
 * decides): a category's questions in order, a new question, a question changed or removed. A choice's options are
 * typed one a line, "key | label bn | label en", then "| block bn | block en" for an option that stops filing.
 */
@PageController
class StaffQuestionPages {

    private final CategoryQuestions questions;
    private final Forms forms;

    StaffQuestionPages(CategoryQuestions questions, Forms forms) {
        this.questions = questions;
        this.forms = forms;
    }

    /** A question as typed: the order as text (Bengali digits too), the options as lines. */
    record QuestionForm(String category, String code, String kind, String labelBn, String labelEn, String required, String position,
            String options) {

        static QuestionForm blank(String category) {
            return new QuestionForm(category, null, "text", null, null, null, null, null);
        }

        static QuestionForm of(Question q) {
            return new QuestionForm(q.categoryCode(), q.code(), q.kind(), q.labelBn(), q.labelEn(), q.required() ? "on" : null,
                    Integer.toString(q.position()), q.options().stream().map(QuestionForm::line).collect(Collectors.joining("\n")));
        }

        CategoryQuestions.QuestionForm question() {
            return new CategoryQuestions.QuestionForm(category, code, kind, labelBn, labelEn, required != null && !required.isBlank(),
                    order(), optionList());
        }

        private Integer order() {
            if (position == null || position.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(Digits.toAscii(position.strip()));
            } catch (NumberFormatException e) {
                throw RuleViolated.onField("position", "problem.field.wrong-type");
            }
        }

        /** One option a line; blank lines are skipped, a line of fewer than three or more than five parts is refused by its number. */
        private List<Option> optionList() {
            var parsed = new ArrayList<Option>();
            var lines = options == null ? new String[0] : options.split("\\R");
            for (int at = 0; at < lines.length; at++) {
                if (lines[at].isBlank()) {
                    continue;
                }
                var parts = Arrays.stream(lines[at].split("\\|", -1)).map(String::strip).toList();
                if (parts.size() < 3 || parts.size() > 5) {
                    throw RuleViolated.onField("options", "staff.questions.options.line", at + 1);
                }
                parsed.add(new Option(parts.get(0), parts.get(1), parts.get(2), parts.size() > 3 ? parts.get(3) : null,
                        parts.size() > 4 ? parts.get(4) : null));
            }
            return parsed;
        }

        private static String line(Option option) {
            var line = option.key() + " | " + option.labelBn() + " | " + option.labelEn();
            return option.blocks() ? line + " | " + nonNull(option.blockBn()) + " | " + nonNull(option.blockEn()) : line;
        }

        private static String nonNull(String text) {
            return text == null ? "" : text;
        }
    }

    @GetMapping("/staff/questions")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String category, Model model) {
        var chosen = category == null || category.isBlank() ? null : category.strip();
        model.addAttribute("questions", questions.list(me, chosen));
        model.addAttribute("category", chosen);
        model.addAttribute("categories", categories());
        return "complaints/staff/questions";
    }

    @GetMapping("/staff/questions/new")
    String newQuestion(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String category, Model model) {
        // an empty form asks the service nothing: its read refuses whoever may not keep these
        questions.list(me, null);
        model.addAttribute("form", QuestionForm.blank(category));
        return form(model, null);
    }

    @PostMapping("/staff/questions")
    String add(@AuthenticationPrincipal CurrentUser me, QuestionForm form, Model model, RedirectAttributes next) {
        return forms.saved(model, form, form(model, null), Map.of(), next, "/staff/questions/", () -> questions.add(me, form.question()).id());
    }

    @GetMapping("/staff/questions/{id}")
    String question(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        var question = questions.get(me, id);
        model.addAttribute("form", QuestionForm.of(question));
        return form(model, question);
    }

    @PostMapping("/staff/questions/{id}")
    String change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, QuestionForm form, Model model, RedirectAttributes next) {
        var view = form(model, questions.get(me, id));
        return forms.saved(model, form, view, Map.of(), next, "/staff/questions/", () -> {
            questions.change(me, id, form.question());
            return id;
        });
    }

    @PostMapping("/staff/questions/{id}/delete")
    String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes next) {
        var question = questions.get(me, id);
        questions.remove(me, id);
        next.addFlashAttribute("deleted", true);
        return "redirect:/staff/questions?category=" + question.categoryCode();
    }

    private String form(Model model, Question question) {
        model.addAttribute("question", question);
        model.addAttribute("categories", categories());
        model.addAttribute("kinds", CategoryQuestions.KINDS.stream().sorted().toList());
        return "complaints/staff/question";
    }

    private static List<String> categories() {
        return Arrays.stream(Category.values()).map(Category::code).toList();
    }
}
