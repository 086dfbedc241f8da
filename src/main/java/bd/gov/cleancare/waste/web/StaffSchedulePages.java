package bd.gov.cleancare.waste.web;

import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.Ward;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.waste.CollectionDay;
import bd.gov.cleancare.waste.CollectionSchedules;
import bd.gov.cleancare.waste.ScheduleForm;
import bd.gov.cleancare.waste.ScheduleView;
import bd.gov.cleancare.waste.WasteType;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 * Collection rounds in the staff console: the rounds of the member's wards (paused ones too), a new
 * round, one round's form and its deletion, through {@link CollectionSchedules} (another ward: 403).
 */
@PageController
class StaffSchedulePages {

    private static final int LIST_SIZE = 20;
    private static final Map<String, String> FIELDS = Map.of("ward_number", "ward", "city_corporation", "ward");

    private final CollectionSchedules schedules;
    private final Geography geography;
    private final Forms forms;

    StaffSchedulePages(CollectionSchedules schedules, Geography geography, Forms forms) {
        this.schedules = schedules;
        this.geography = geography;
        this.forms = forms;
    }

    /** A round as typed: the ward as "DSCC/12", days as their codes (ticked boxes), times as "07:30". */
    record EditForm(String ward, String area, String areaEn, List<String> daysOfWeek, String startsAt, String endsAt,
            String wasteType, String isActive, String notes) {

        static EditForm blank() {
            return new EditForm(null, null, null, List.of(), "07:00", "09:00", "household", "on", null);
        }

        static EditForm of(ScheduleView s) {
            return new EditForm(s.cityCorporation() + "/" + s.wardNumber(), s.area(), s.areaEn(), s.daysOfWeekCodes(),
                    s.startsAt().toString(), s.endsAt().toString(), s.wasteTypeCode(), s.isActive() ? "on" : null, s.notes());
        }

        public boolean has(String day) {
            return daysOfWeek != null && daysOfWeek.contains(day);
        }

        ScheduleForm schedule() {
            var cut = ward == null ? -1 : ward.indexOf('/');
            return new ScheduleForm(cut < 0 ? null : ward.substring(0, cut), cut < 0 ? ward : ward.substring(cut + 1), area,
                    areaEn == null ? "" : areaEn, daysOfWeek == null ? List.of() : daysOfWeek, startsAt, endsAt, wasteType,
                    isActive != null && !isActive.isBlank(), notes == null ? "" : notes);
        }
    }

    @GetMapping("/staff/schedules")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("schedules", schedules.list(me, null, null, null, null, query));
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "waste/staff/schedules";
    }

    @GetMapping("/staff/schedules/new")
    String newSchedule(Model model) {
        model.addAttribute("form", EditForm.blank());
        return form(model, null);
    }

    @PostMapping("/staff/schedules")
    String create(@AuthenticationPrincipal CurrentUser me, EditForm form, Model model, RedirectAttributes next) {
        return forms.saved(model, form, form(model, null), FIELDS, next, "/staff/schedules/", () -> schedules.create(me, form.schedule()).id());
    }

    @GetMapping("/staff/schedules/{id}")
    String schedule(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        var schedule = schedules.editable(me, id);
        model.addAttribute("form", EditForm.of(schedule));
        return form(model, schedule);
    }

    @PostMapping("/staff/schedules/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, EditForm form, Model model, RedirectAttributes next) {
        var view = form(model, schedules.editable(me, id));
        return forms.saved(model, form, view, FIELDS, next, "/staff/schedules/", () -> {
            schedules.update(me, id, form.schedule());
            return id;
        });
    }

    @PostMapping("/staff/schedules/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes next) {
        schedules.delete(me, id);
        next.addFlashAttribute("deleted", true);
        return "redirect:/staff/schedules";
    }

    private String form(Model model, ScheduleView schedule) {
        var corporations = geography.cityCorporations();
        var wards = new LinkedHashMap<String, List<Ward>>();
        corporations.forEach(corporation -> wards.put(corporation.code(), geography.wards(corporation.code(), null)));
        model.addAttribute("schedule", schedule);
        model.addAttribute("corporations", corporations);
        model.addAttribute("wardChoices", wards);
        model.addAttribute("days", Arrays.stream(CollectionDay.values()).map(CollectionDay::code).toList());
        model.addAttribute("wasteTypes", Arrays.stream(WasteType.values()).map(WasteType::code).toList());
        return "waste/staff/schedule";
    }
}
