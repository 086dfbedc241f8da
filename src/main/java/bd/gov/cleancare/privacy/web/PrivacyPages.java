package bd.gov.cleancare.privacy.web;

import bd.gov.cleancare.privacy.DataExport;
import bd.gov.cleancare.privacy.PersonalData;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PublicPages;
import bd.gov.cleancare.platform.pages.WebSessions;
import bd.gov.cleancare.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Download my data" and "delete my account" from the profile page, on the API's use cases. */
@PageController
class PrivacyPages {

    private final PersonalData data;
    private final WebSessions sessions;
    private final Forms forms;

    PrivacyPages(PersonalData data, WebSessions sessions, Forms forms) {
        this.data = data;
        this.sessions = sessions;
        this.forms = forms;
    }

    record DeleteForm(String password) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages accountDeletedPage() {
            return new PublicPages("/account-deleted");
        }
    }

    @GetMapping("/profile/my-data")
    @ResponseBody
    ResponseEntity<DataExport> download(@AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cleancare-my-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(data.export(me));
    }

    /** The password confirms it; a wrong one comes back next to the form on the profile page. */
    @PostMapping("/profile/delete")
    String delete(@AuthenticationPrincipal CurrentUser me, DeleteForm form, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes next) {
        var refusal = forms.refusalOf(() -> data.deleteAccount(me, form.password()));
        if (refusal.isPresent()) {
            next.addFlashAttribute("deleteRefused", refusal.get());
            return "redirect:/profile#delete-title";
        }
        sessions.signOut(request, response);
        return "redirect:/account-deleted";
    }

    @GetMapping("/account-deleted")
    String deleted() {
        return "privacy/deleted";
    }
}
