package bd.gov.cleancare.web;

import bd.gov.cleancare.notices.Notices;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PublicPages;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The citizen portal's front page: quick actions and the live notices of the citizen's ward, urgent first. */
@PageController
class HomePage {

    /** A phone screen's worth; the full board is a later page. */
    private static final PageQuery NOTICES = new PageQuery(1, 5);

    private final Notices notices;

    HomePage(Notices notices) {
        this.notices = notices;
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages publicHomePage() {
            return new PublicPages("/");
        }
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("notices", notices.list(me, null, null, null, null, NOTICES).items());
        return "web/home";
    }
}
