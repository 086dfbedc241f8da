package bd.gov.cleancare.administration.web;

import bd.gov.cleancare.administration.AdminUsers;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.DateRange;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The activity log in the console (super admins, as {@link AdminUsers} decides): filtered by who, what and when, paginated. */
@PageController
class ActivityLogPages {

    private static final int LIST_SIZE = 25;
    /** The "who" chooser lists staff accounts; a city has a few hundred, the first hundred by name cover a screen. */
    private static final PageQuery STAFF_CHOICES = new PageQuery(1, PageQuery.MAX_SIZE);

    private final AdminUsers admins;
    private final Forms forms;

    ActivityLogPages(AdminUsers admins, Forms forms) {
        this.admins = admins;
        this.forms = forms;
    }

    /** The GET filters as typed; dates are Dhaka days, both ends included. */
    record Filters(String user, String action, String resourceType, String from, String to) {

        public String link(int page) {
            return UriComponentsBuilder.fromPath("/staff/activity")
                    .queryParamIfPresent("user", AdminPages.present(user)).queryParamIfPresent("action", AdminPages.present(action))
                    .queryParamIfPresent("resourceType", AdminPages.present(resourceType))
                    .queryParamIfPresent("from", AdminPages.present(from)).queryParamIfPresent("to", AdminPages.present(to))
                    .queryParam("page", page).encode().build().toUriString();
        }
    }

    @GetMapping("/staff/activity")
    String activity(@AuthenticationPrincipal CurrentUser me, Filters filters, @RequestParam(required = false) String page, Model model) {
        // first, outside the form: a refusal here is the whole page's (403), not a filter's
        model.addAttribute("staff", admins.list(me, null, null, null, null, null, STAFF_CHOICES).items());
        model.addAttribute("form", filters);
        return forms.submit(model, filters, "administration/activity", Map.of("user_id", "user", "resource_type", "resourceType"), () -> {
            var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
            var range = DateRange.parse(filters.from(), filters.to());
            model.addAttribute("entries", admins.activity(me, filters.user(), filters.action(), filters.resourceType(), null,
                    range.fromInstant(), range.toInstant(), query));
            model.addAttribute("page", query.page());
            model.addAttribute("size", query.pageSize());
            return "administration/activity";
        });
    }
}
