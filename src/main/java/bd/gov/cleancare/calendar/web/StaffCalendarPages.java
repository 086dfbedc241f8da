package bd.gov.cleancare.calendar.web;

import bd.gov.cleancare.calendar.CalendarCategory;
import bd.gov.cleancare.calendar.CalendarEventForm;
import bd.gov.cleancare.calendar.CalendarEventView;
import bd.gov.cleancare.calendar.CityCalendar;
import bd.gov.cleancare.calendar.EventQuery;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.PageQuery;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
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
 * The city calendar in the staff console: the coming entries with the drafts the admin manages, a new
 * entry (event, holiday, collection day, campaign, meeting), one entry's form and its cancellation,
 * through {@link CityCalendar} (entries of another ward: 403; whole city or corporation: super admins).
 */
@PageController
class StaffCalendarPages {

    private static final int LIST_SIZE = 25;
    private static final Map<String, String> FIELDS = Map.of("starts_at", "startDate", "ends_at", "endDate", "target_wards", "wards",
            "ward_number", "wards", "all_day", "allDay");

    private final CityCalendar calendar;
    private final Geography geography;
    private final Forms forms;

    StaffCalendarPages(CityCalendar calendar, Geography geography, Forms forms) {
        this.calendar = calendar;
        this.geography = geography;
        this.forms = forms;
    }

    /**
     * An entry as typed: a day and an optional time at each end (Dhaka); an all-day entry sends days
     * only, its end the last day. No corporation and no wards: the whole city.
     */
    record EditForm(String title, String titleEn, String description, String category, String startDate, String startTime,
            String endDate, String endTime, String allDay, String location, String cityCorporation, String wards, String isPublished) {

        static EditForm blank() {
            return new EditForm(null, null, null, "event", null, "10:00", null, "12:00", null, null, "DSCC", null, "on");
        }

        static EditForm of(CalendarEventView e) {
            return new EditForm(e.title(), e.titleEn(), e.description(), e.categoryCode(), e.startDate().toString(),
                    e.allDay() ? null : time(e.startsAt()), e.endDate() == null ? null : e.endDate().toString(),
                    e.allDay() ? null : time(e.endsAt()), e.allDay() ? "on" : null, e.location(), e.cityCorporation(),
                    String.join(", ", e.targetWards()), e.isPublished() ? "on" : null);
        }

        CalendarEventForm event() {
            boolean wholeDays = ticked(allDay);
            return new CalendarEventForm(title, titleEn, description, category, at(startDate, wholeDays ? null : startTime),
                    at(endDate, wholeDays ? null : endTime), wholeDays, location, empty(cityCorporation) ? null : cityCorporation,
                    wardList(wards), ticked(isPublished));
        }

        private static String at(String day, String time) {
            if (empty(day)) {
                return null;
            }
            return empty(time) ? day.strip() : day.strip() + "T" + time.strip();
        }

        private static String time(Instant at) {
            return at == null ? null : LocalTime.ofInstant(at, ClockConfig.DHAKA).toString();
        }
    }

    @GetMapping("/staff/calendar")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("events", calendar.events(me, new EventQuery(null, null, null, null, null, true), query));
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "calendar/staff/events";
    }

    @GetMapping("/staff/calendar/new")
    String newEvent(Model model) {
        model.addAttribute("form", EditForm.blank());
        return form(model, null);
    }

    @PostMapping("/staff/calendar")
    String schedule(@AuthenticationPrincipal CurrentUser me, EditForm form, Model model, RedirectAttributes next) {
        return forms.saved(model, form, form(model, null), FIELDS, next, "/staff/calendar/", () -> calendar.schedule(me, form.event()).id());
    }

    @GetMapping("/staff/calendar/{id}")
    String event(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        var event = calendar.editable(me, id);
        model.addAttribute("form", EditForm.of(event));
        return form(model, event);
    }

    @PostMapping("/staff/calendar/{id}")
    String change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, EditForm form, Model model, RedirectAttributes next) {
        var view = form(model, calendar.editable(me, id));
        return forms.saved(model, form, view, FIELDS, next, "/staff/calendar/", () -> {
            calendar.change(me, id, form.event());
            return id;
        });
    }

    @PostMapping("/staff/calendar/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes next) {
        calendar.cancel(me, id);
        next.addFlashAttribute("cancelled", true);
        return "redirect:/staff/calendar";
    }

    private String form(Model model, CalendarEventView event) {
        model.addAttribute("event", event);
        model.addAttribute("categories", Arrays.stream(CalendarCategory.values()).map(CalendarCategory::code).toList());
        model.addAttribute("corporations", geography.cityCorporations());
        return "calendar/staff/event";
    }

    private static boolean ticked(String box) {
        return box != null && !box.isBlank();
    }

    private static boolean empty(String value) {
        return value == null || value.isBlank();
    }

    private static List<String> wardList(String typed) {
        if (empty(typed)) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,،;\\s]+")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }
}
