package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.CategoryQuestions;
import bd.gov.cleancare.complaints.ComplaintQuery;
import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.NewComplaint;
import bd.gov.cleancare.complaints.Upload;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PublicPages;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.web.PageQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The citizen's complaint pages on the same {@link Complaints} use cases as the API: file one (with
 * a photo and a map position when the phone gives them), follow my complaints and their timeline,
 * and track any complaint by its number without signing in.
 */
@PageController
class ComplaintPages {

    /** The timeline of one complaint fits one page; a longer history shows its newest hundred steps. */
    private static final PageQuery TIMELINE = new PageQuery(1, PageQuery.MAX_SIZE);
    private static final int LIST_SIZE = 10;

    private final Complaints complaints;
    private final CategoryQuestions questions;
    private final Forms forms;

    ComplaintPages(Complaints complaints, CategoryQuestions questions, Forms forms) {
        this.complaints = complaints;
        this.questions = questions;
        this.forms = forms;
    }

    /**
     * What the form posts; latitude and longitude come from locate.js / map.js and stay empty without JavaScript.
     * {@code key} is the form's Idempotency-Key, drawn when the form is shown: a double tap, or the offline
     * queue sending it again, files one complaint.
     */
    record ComplaintForm(String category, String title, String description, String location, String latitude, String longitude,
            String key) {

        NewComplaint newComplaint(Map<String, String> answers) {
            return new NewComplaint(title, description, category, null, location, decimal("latitude", latitude),
                    decimal("longitude", longitude), null, null, answers);
        }

        private static BigDecimal decimal(String field, String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(Digits.toAscii(raw.strip()));
            } catch (NumberFormatException e) {
                throw RuleViolated.onField(field, "problem.field.wrong-type");
            }
        }
    }

    record TrackForm(String number) {
    }

    record RatingForm(Integer rating, String comment) {
    }

    /** {@code number}: sent from the tracking page by a supporter, who goes back there. */
    record ReopenForm(String reason, String number) {
    }

    record NameForm(Boolean hideName) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages publicComplaintPages() {
            return new PublicPages("/track");
        }
    }

    @ModelAttribute("categories")
    List<String> categories() {
        return java.util.Arrays.stream(Category.values()).map(Category::code).toList();
    }

    /**
     * The questions of every category, grouped: without JavaScript the form shows them all, each group marked with its
     * category (questions.js shows the chosen category's only); only the chosen category's answers are sent on.
     */
    @ModelAttribute("questions")
    Map<String, List<CategoryQuestions.Question>> questions() {
        return questions.all();
    }

    @GetMapping("/complaints/new")
    String newComplaint(Model model) {
        model.addAttribute("form", new ComplaintForm(null, null, null, null, null, null, UUID.randomUUID().toString()));
        return "complaints/new";
    }

    @PostMapping("/complaints")
    String file(@AuthenticationPrincipal CurrentUser me, ComplaintForm form, @RequestParam(required = false) MultipartFile photo,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes next) {
        // answer fields are named q.<category>.<question>; the chosen category's become the complaint's answers
        var typed = new LinkedHashMap<String, String>();
        params.forEach((name, value) -> {
            if (name.startsWith("q.")) {
                typed.put(name, value);
            }
        });
        model.addAttribute("answers", typed);
        var prefix = "q." + (form.category() == null ? "" : form.category().strip()) + ".";
        var answers = new LinkedHashMap<String, String>();
        var aliases = new java.util.HashMap<String, String>();
        typed.forEach((name, value) -> {
            if (name.startsWith(prefix) && !value.isBlank()) {
                answers.put(name.substring(prefix.length()), value);
            }
        });
        questions.all().getOrDefault(form.category() == null ? "" : form.category().strip(), List.of())
                .forEach(q -> aliases.put("answers." + q.code(), "q-" + q.categoryCode() + "-" + q.code()));
        return forms.submit(model, form, "complaints/new", aliases, () -> {
            var filing = complaints.fileOnWeb(me, form.newComplaint(answers), form.key());
            var filed = filing.complaint();
            if (photo != null && !photo.isEmpty() && !filing.replayed()) {
                // the complaint stands even when its photo is refused: say so on its page
                forms.refusalOf(() -> complaints.addImages(me, filed.id(), List.of(upload(photo))))
                        .ifPresent(refusal -> next.addFlashAttribute("photoRefused", refusal));
            }
            next.addFlashAttribute("filed", true);
            return "redirect:/complaints/" + filed.id();
        });
    }

    /**
     * "Support this one instead" from the filing form's nearby hint: the citizen follows that
     * complaint rather than filing a duplicate, and sees it tracked. A refusal shows on the form.
     */
    @PostMapping("/complaints/{id}/support")
    String support(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, ComplaintForm form, Model model,
            RedirectAttributes next) {
        return forms.submit(model, form, "complaints/new", () -> {
            var support = complaints.support(me, id);
            next.addFlashAttribute("supported", support.trackingNumber());
            return "redirect:/track?number=" + support.trackingNumber();
        });
    }

    @GetMapping("/complaints")
    String mine(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        var empty = new ComplaintQuery(null, null, null, null, null, null, null, null, null, null);
        model.addAttribute("complaints", complaints.list(me, empty, query));
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "complaints/mine";
    }

    @GetMapping("/complaints/{id}")
    String complaint(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new RatingForm(null, null));
        return detail(me, id, model);
    }

    /** The complainant rates a resolved complaint once; the page offers the form only then. */
    @PostMapping("/complaints/{id}/rating")
    String rate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RatingForm form, Model model, RedirectAttributes next) {
        detail(me, id, model);
        return forms.submit(model, form, "complaints/detail", () -> {
            complaints.rate(me, id, form.rating(), form.comment());
            next.addFlashAttribute("rated", true);
            return "redirect:/complaints/" + id;
        });
    }

    /**
     * "Not fixed", within the window after resolution: with a reason and an optional photo. A refusal
     * (no reason, window closed, a bad photo) comes back as a message above the form.
     */
    @PostMapping("/complaints/{id}/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, ReopenForm form,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes next) {
        var refusal = forms.refusalOf(() -> complaints.reopen(me, id, form.reason(),
                photo == null || photo.isEmpty() ? null : upload(photo)));
        refusal.ifPresentOrElse(message -> {
            next.addFlashAttribute("reopenRefused", message);
            next.addFlashAttribute("reopenReason", form.reason());
        }, () -> next.addFlashAttribute("reopened", true));
        var page = form.number() == null || form.number().isBlank() ? "/complaints/" + id
                : UriComponentsBuilder.fromPath("/track").queryParam("number", form.number()).encode().build().toUriString();
        return "redirect:" + page + (refusal.isPresent() ? "#reopen-title" : "");
    }

    /** Whether the public sees my name or "a citizen of ward 12" on this complaint. */
    @PostMapping("/complaints/{id}/name")
    String showName(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, NameForm form, RedirectAttributes next) {
        complaints.edit(me, id, new bd.gov.cleancare.complaints.ComplaintChanges(null, null, null, null, null, null, null, null, null,
                null, null, null, Boolean.TRUE.equals(form.hideName())));
        next.addFlashAttribute("nameSaved", true);
        return "redirect:/complaints/" + id;
    }

    private String detail(CurrentUser me, UUID id, Model model) {
        var complaint = complaints.get(me, id);
        model.addAttribute("complaint", complaint);
        model.addAttribute("updates", complaints.updates(me, id, TIMELINE).items());
        model.addAttribute("mine", me.is(complaint.userId()));
        model.addAttribute("mayRate", "resolved".equals(complaint.statusCode()) && complaint.rating() == null && me.is(complaint.userId()));
        return "complaints/detail";
    }

    /** htmx: open complaints near the position the citizen just gave, so they may follow one instead of filing again. */
    @GetMapping("/complaints/nearby")
    String nearby(@RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
            @RequestParam(required = false) String category, Model model) {
        var known = latitude != null && !latitude.isBlank() && longitude != null && !longitude.isBlank();
        model.addAttribute("nearby", known ? complaints.nearby(latitude, longitude, null, category) : List.of());
        return "complaints/nearby :: list";
    }

    /** Anyone may track; a signed-in supporter of a resolved complaint may also say "not fixed" here. */
    @GetMapping("/track")
    String track(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String number, Model model) {
        model.addAttribute("form", new TrackForm(number));
        if (number == null || number.isBlank()) {
            return "complaints/track";
        }
        return forms.submit(model, new TrackForm(number), "complaints/track", () -> {
            model.addAttribute("tracked", complaints.track(number));
            if (me != null) {
                complaints.reopenableBySupporter(me, number).ifPresent(reopenable -> model.addAttribute("reopenable", reopenable));
            }
            return "complaints/track";
        });
    }

    private static Upload upload(MultipartFile photo) {
        try {
            return new Upload(photo.getOriginalFilename(), photo.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
