package bd.gov.cleancare.identity.web;

import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.Ward;
import bd.gov.cleancare.identity.Authentication;
import bd.gov.cleancare.identity.ProfileChanges;
import bd.gov.cleancare.identity.UserView;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PageLanguages;
import bd.gov.cleancare.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's own profile: name, ward and language (the {@link Users#update} use case the API's
 * PUT users/{id} uses), and a password change that keeps this browser signed in and ends the others.
 */
@PageController
class ProfilePages {

    private static final Map<String, String> WARD_FIELDS = Map.of("ward_number", "ward", "city_corporation", "ward");

    private final Users users;
    private final Authentication authentication;
    private final Geography geography;
    private final PageLanguages languages;
    private final Forms forms;

    ProfilePages(Users users, Authentication authentication, Geography geography, PageLanguages languages, Forms forms) {
        this.users = users;
        this.authentication = authentication;
        this.geography = geography;
        this.languages = languages;
        this.forms = forms;
    }

    /** "DSCC/12" from the ward picker, as on the sign-up page; the service checks the ward exists. */
    record ProfileForm(String name, String ward, String language) {

        static ProfileForm of(UserView user) {
            return new ProfileForm(user.name(), user.wardNumber() == null ? null : user.cityCorporation() + "/" + user.wardNumber(),
                    user.language());
        }

        ProfileChanges changes() {
            var parts = ward == null || ward.isBlank() ? new String[] {"", ""} : ward.split("/", 2);
            return new ProfileChanges(name == null ? "" : name, null, null, null, parts.length == 2 ? parts[1] : "", parts[0], null,
                    null, null, null, null, language);
        }
    }

    record PasswordForm(String oldPassword, String newPassword) {
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal CurrentUser me, Model model) {
        var user = authentication.me(me);
        model.addAttribute("form", ProfileForm.of(user));
        return page(user, model);
    }

    @PostMapping("/profile")
    String update(@AuthenticationPrincipal CurrentUser me, ProfileForm form, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes next) {
        page(authentication.me(me), model);
        return forms.submit(model, form, "profile/edit", WARD_FIELDS, () -> {
            var saved = users.update(me, me.id(), form.changes());
            // the language chosen here is this browser's language from now on
            languages.setLocale(request, response, Locale.forLanguageTag(saved.language()));
            next.addFlashAttribute("saved", "profile.saved");
            return "redirect:/profile";
        });
    }

    @PostMapping("/profile/password")
    String changePassword(@AuthenticationPrincipal CurrentUser me, PasswordForm form, Model model, Locale locale,
            RedirectAttributes next) {
        var user = authentication.me(me);
        page(user, model);
        return forms.submit(model, ProfileForm.of(user), "profile/edit", () -> {
            authentication.changePassword(me, form.oldPassword() == null ? "" : form.oldPassword(),
                    form.newPassword() == null ? "" : form.newPassword(), locale);
            next.addFlashAttribute("saved", "profile.password.changed");
            return "redirect:/profile";
        });
    }

    private String page(UserView user, Model model) {
        var corporations = geography.cityCorporations();
        var wards = new LinkedHashMap<String, List<Ward>>();
        corporations.forEach(corporation -> wards.put(corporation.code(), geography.wards(corporation.code(), null)));
        model.addAttribute("user", user);
        model.addAttribute("corporations", corporations);
        model.addAttribute("wards", wards);
        return "profile/edit";
    }
}
