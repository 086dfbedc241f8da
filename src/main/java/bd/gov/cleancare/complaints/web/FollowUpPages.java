package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.FollowUps;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-tap "has it been fixed?" page from the SMS: no login, the signed link is the credential.
 * Three buttons post the answer (with the page's CSRF token); the page then says what happened.
 */
@PageController
class FollowUpPages {

    private final FollowUps followUps;
    private final Forms forms;

    FollowUpPages(FollowUps followUps, Forms forms) {
        this.followUps = followUps;
        this.forms = forms;
    }

    record AnswerForm(String answer) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages publicFollowUpPages() {
            return new PublicPages("/follow-up/*");
        }
    }

    @GetMapping("/follow-up/{token}")
    String question(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("question", followUps.question(token));
        return "complaints/follow-up";
    }

    @PostMapping("/follow-up/{token}")
    String answer(@PathVariable String token, AnswerForm form, Model model, RedirectAttributes next) {
        model.addAttribute("token", token);
        model.addAttribute("question", followUps.question(token));
        return forms.submit(model, form, "complaints/follow-up", () -> {
            followUps.answer(token, form.answer());
            next.addFlashAttribute("answered", true);
            return "redirect:/follow-up/" + token;
        });
    }
}
