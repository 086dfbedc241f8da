package bd.gov.cleancare.donations.web;

import bd.gov.cleancare.donations.DonationProject;
import bd.gov.cleancare.donations.Donations;
import bd.gov.cleancare.donations.ProjectForm;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.TypedAmount;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.DateRange;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Donation projects in the staff console: every project with its progress, created, edited and
 * closed through {@link Donations#saveProject} (super admins, admins with the donations permission).
 */
@PageController
class StaffDonationPages {

    private final Donations donations;
    private final Forms forms;

    StaffDonationPages(Donations donations, Forms forms) {
        this.donations = donations;
        this.forms = forms;
    }

    /** The project form as typed; dates are Dhaka days, the last day included. */
    record ProjectFields(String title, String titleEn, String description, String targetAmount, String startsOn, String endsOn,
            Boolean active) {

        static ProjectFields of(DonationProject p) {
            return new ProjectFields(p.title(), p.titleEn(), p.description(), p.targetAmount().toPlainString(), day(p.startsAt(), 0),
                    p.endsAt() == null ? null : day(p.endsAt(), -1), p.isActive());
        }

        ProjectForm form() {
            var days = DateRange.parse(startsOn, endsOn);
            // the range's end is the last instant of the last day; a project ends when that day does
            Instant ends = days.to() == null ? null : days.to().plusDays(1).atStartOfDay(ClockConfig.DHAKA).toInstant();
            return new ProjectForm(title, titleEn, description, TypedAmount.parse("target_amount", targetAmount), days.fromInstant(), ends,
                    Boolean.TRUE.equals(active));
        }

        private static String day(Instant at, int plusDays) {
            return at.atZone(ClockConfig.DHAKA).toLocalDate().plusDays(plusDays).toString();
        }
    }

    private static final java.util.Map<String, String> FIELDS = java.util.Map.of("from", "startsOn", "to", "endsOn",
            "starts_at", "startsOn", "ends_at", "endsOn");

    @GetMapping("/staff/donations")
    String projects(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("projects", donations.allProjects(me));
        return "donations/staff/projects";
    }

    @GetMapping("/staff/donations/new")
    String newProject(@AuthenticationPrincipal CurrentUser me, Model model) {
        requireManager(me);
        model.addAttribute("form", new ProjectFields(null, null, null, null, null, null, true));
        return "donations/staff/edit";
    }

    @PostMapping("/staff/donations/new")
    String create(@AuthenticationPrincipal CurrentUser me, ProjectFields form, Model model, RedirectAttributes next) {
        return forms.submit(model, form, "donations/staff/edit", FIELDS, () -> {
            donations.saveProject(me, null, form.form());
            next.addFlashAttribute("saved", true);
            return "redirect:/staff/donations";
        });
    }

    @GetMapping("/staff/donations/{id}")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        requireManager(me);
        var project = donations.project(id);
        model.addAttribute("project", project);
        model.addAttribute("form", ProjectFields.of(project));
        return "donations/staff/edit";
    }

    @PostMapping("/staff/donations/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, ProjectFields form, Model model, RedirectAttributes next) {
        model.addAttribute("project", donations.project(id));
        return forms.submit(model, form, "donations/staff/edit", FIELDS, () -> {
            donations.saveProject(me, id, form.form());
            next.addFlashAttribute("saved", true);
            return "redirect:/staff/donations";
        });
    }

    private void requireManager(CurrentUser me) {
        if (!donations.mayManage(me)) {
            throw new Forbidden("problem.forbidden");
        }
    }

    /** Closing keeps everything else as it is: no more donations, the total stays. */
    @PostMapping("/staff/donations/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes next) {
        var p = donations.project(id);
        donations.saveProject(me, id, new ProjectForm(p.title(), p.titleEn(), p.description(), p.targetAmount(), p.startsAt(), p.endsAt(), false));
        next.addFlashAttribute("saved", true);
        return "redirect:/staff/donations";
    }
}
