package bd.gov.cleancare.calendar.web;

import bd.gov.cleancare.calendar.CalendarEventForm;
import bd.gov.cleancare.calendar.CalendarEventView;
import bd.gov.cleancare.calendar.CityCalendar;
import bd.gov.cleancare.calendar.EventQuery;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.PublicRoutes;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The city calendar as JSON: read by anyone, written by admins for their wards. */
@RestController
@RequestMapping("/api/v1/calendar/events")
@Tag(name = "calendar", description = "City events, holidays, collection days and campaigns")
@SecurityRequirement(name = "bearer")
class CalendarApi {

    private final CityCalendar calendar;

    CalendarApi(CityCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    @Operation(summary = "Entries in a window (public): from/to as ISO dates or date-times, at most 366 days; a ward's calendar "
            + "includes its corporation's and national entries")
    Page<CalendarEventView> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(name = "city_corporation", required = false) String cityCorporation,
            @RequestParam(required = false) String ward, @RequestParam(name = "ward_number", required = false) String wardNumber,
            @RequestParam(required = false) String category,
            @RequestParam(name = "include_drafts", defaultValue = "false") boolean includeDrafts,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        var filter = new EventQuery(from, to, cityCorporation, ward != null ? ward : wardNumber, category, includeDrafts);
        return Page.of(query, calendar.events(me, filter, query));
    }

    @GetMapping("/{id}")
    CalendarEventView get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return calendar.event(me, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an entry (admins with the calendar permission, in their wards; city-wide entries: super admins)")
    CalendarEventView create(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody CalendarEventForm form) {
        return calendar.schedule(me, form);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an entry (its SEQUENCE goes up, so subscribed phones update it)")
    CalendarEventView update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody CalendarEventForm form) {
        return calendar.change(me, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel a published entry (kept in feeds as cancelled) or delete a draft")
    void cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        calendar.cancel(me, id);
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        /** Phones subscribe to the feeds without a token; the published calendar is public anyway. */
        @Bean
        PublicRoutes calendarRoutes() {
            return new PublicRoutes("GET /api/v1/calendar/events", "GET /api/v1/calendar/events/*",
                    "GET /api/v1/calendar/wards/*/*/events.ics", "GET /api/v1/calendar/city.ics");
        }
    }
}
