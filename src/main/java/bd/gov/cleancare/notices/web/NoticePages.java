package bd.gov.cleancare.notices.web;

import bd.gov.cleancare.notices.Notices;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PublicPages;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The ward notice board as pages: the live notices of the citizen's ward (urgent first) and one notice, which counts as read. */
@PageController
class NoticePages {

    private static final int LIST_SIZE = 10;

    private final Notices notices;

    NoticePages(Notices notices) {
        this.notices = notices;
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages publicNoticePages() {
            return new PublicPages("/notices", "/notices/*");
        }
    }

    @GetMapping("/notices")
    String board(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("notices", notices.list(me, null, null, null, null, query));
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "notices/board";
    }

    @GetMapping("/notices/{id}")
    String notice(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("notice", notices.get(me, id));
        return "notices/detail";
    }
}
