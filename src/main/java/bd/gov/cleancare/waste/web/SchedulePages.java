package bd.gov.cleancare.waste.web;

import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.waste.CollectionSchedules;
import bd.gov.cleancare.waste.MissedReport;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The collection rounds of the citizen's ward with their next collection, and "report a missed collection" per round. */
@PageController
class SchedulePages {

    /** A ward has a handful of rounds; one page shows them all. */
    private static final PageQuery ROUNDS = new PageQuery(1, PageQuery.MAX_SIZE);

    private final CollectionSchedules schedules;
    private final Forms forms;

    SchedulePages(CollectionSchedules schedules, Forms forms) {
        this.schedules = schedules;
        this.forms = forms;
    }

    @GetMapping("/waste/schedules")
    String rounds(@AuthenticationPrincipal CurrentUser me, Model model) {
        return forms.submit(model, null, "waste/schedules", () -> rounds(me, model, "waste/schedules"));
    }

    /** Files a waste_management complaint about the round's last window and opens it; a refusal shows the rounds with its reason. */
    @PostMapping("/waste/schedules/{id}/missed")
    String missed(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model, Locale locale, RedirectAttributes next) {
        forms.refusalOf(() -> rounds(me, model, null));
        return forms.submit(model, null, "waste/schedules", () -> {
            var reported = schedules.reportMissed(me, id, new MissedReport(null, null, null, null), locale);
            next.addFlashAttribute("filed", true);
            return "redirect:/complaints/" + reported.complaint().id();
        });
    }

    private String rounds(CurrentUser me, Model model, String view) {
        model.addAttribute("rounds", schedules.list(me, null, null, null, null, ROUNDS).items());
        return view;
    }
}
