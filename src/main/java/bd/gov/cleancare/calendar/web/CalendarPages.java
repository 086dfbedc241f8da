package bd.gov.cleancare.calendar.web;

import bd.gov.cleancare.calendar.CityCalendar;
import bd.gov.cleancare.calendar.EventQuery;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PublicPages;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The next 30 days of the city calendar for the citizen's ward (visitors: the city-wide entries), with
 * the ward's iCalendar feed to subscribe to on a phone.
 */
@PageController
class CalendarPages {

    private static final int DAYS = 30;
    private static final PageQuery ENTRIES = new PageQuery(1, PageQuery.MAX_SIZE);

    private final CityCalendar calendar;
    private final Users users;
    private final Clock clock;

    CalendarPages(CityCalendar calendar, Users users, Clock clock) {
        this.calendar = calendar;
        this.users = users;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages publicCalendarPages() {
            return new PublicPages("/calendar");
        }
    }

    @GetMapping("/calendar")
    String calendar(@AuthenticationPrincipal CurrentUser me, Model model) {
        var today = LocalDate.now(clock.withZone(ClockConfig.DHAKA));
        var window = new EventQuery(today.toString(), today.plusDays(DAYS).toString(), null, null, null, false);
        model.addAttribute("events", calendar.events(me, window, ENTRIES).items());
        var ward = me == null ? null : users.find(me.id()).filter(u -> u.wardNumber() != null).orElse(null);
        var feed = ward == null ? "/api/v1/calendar/city.ics"
                : "/api/v1/calendar/wards/" + ward.cityCorporation() + "/" + ward.wardNumber() + "/events.ics";
        var url = ServletUriComponentsBuilder.fromCurrentContextPath().path(feed).build().toUriString();
        model.addAttribute("feedUrl", url);
        model.addAttribute("webcalUrl", url.replaceFirst("^https?://", "webcal://"));
        model.addAttribute("ward", ward == null ? null : ward.wardNumber());
        return "calendar/upcoming";
    }
}
