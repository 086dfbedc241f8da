package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.Moderation;
import bd.gov.cleancare.identity.PhoneNumber;
import bd.gov.cleancare.identity.UserQuery;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The held list in the staff console (super admins, as {@link Moderation} decides): the citizens whose new complaints
 * wait for review, with how many wait now; a citizen held by their phone number with a reason; a citizen taken off
 * the list with a reason.
 */
@PageController
class StaffHeldUserPages {

    private static final int LIST_SIZE = 25;
    private static final PageQuery ONE_MATCH = new PageQuery(1, 5);

    private final Moderation moderation;
    private final Users users;
    private final Forms forms;

    StaffHeldUserPages(Moderation moderation, Users users, Forms forms) {
        this.moderation = moderation;
        this.users = users;
        this.forms = forms;
    }

    /** The hold form (phone, reason) and one row's release form ({@code userId}, {@code unholdReason}). */
    record HeldForm(String phone, String reason, String userId, String unholdReason) {

        static HeldForm empty() {
            return new HeldForm(null, null, null, null);
        }
    }

    @GetMapping("/staff/held-users")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("form", HeldForm.empty());
        return show(me, page, model);
    }

    @PostMapping("/staff/held-users")
    String hold(@AuthenticationPrincipal CurrentUser me, HeldForm form, Model model, RedirectAttributes next) {
        var view = show(me, null, model);
        return forms.submit(model, form, view, Map.of("user_id", "phone"), () -> {
            var held = moderation.hold(me, userOf(me, form.phone()), form.reason());
            next.addFlashAttribute("heldPhone", held.phone());
            return "redirect:/staff/held-users";
        });
    }

    @PostMapping("/staff/held-users/{userId}/unhold")
    String unhold(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID userId, HeldForm form, Model model, RedirectAttributes next) {
        var view = show(me, null, model);
        var typed = new HeldForm(null, null, userId.toString(), form.unholdReason());
        return forms.submit(model, typed, view, Map.of("reason", "unholdReason"), () -> {
            moderation.unhold(me, userId, form.unholdReason());
            next.addFlashAttribute("released", true);
            return "redirect:/staff/held-users";
        });
    }

    private String show(CurrentUser me, String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("held", moderation.heldUsers(me, query));
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "complaints/staff/held-users";
    }

    /** The account with exactly this number, found through the staff member's own view of the users. */
    private UUID userOf(CurrentUser me, String typed) {
        var phone = PhoneNumber.parse("phone", typed);
        return users.list(me, new UserQuery(null, null, null, null, null, phone.value(), null), ONE_MATCH).items().stream()
                .filter(user -> user.phone().equals(phone.value()))
                .findFirst()
                .map(user -> user.id())
                .orElseThrow(() -> RuleViolated.onField("phone", "user.not-found"));
    }
}
