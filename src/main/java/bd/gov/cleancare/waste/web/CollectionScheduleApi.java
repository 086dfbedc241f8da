package bd.gov.cleancare.waste.web;

import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.waste.CollectionSchedules;
import bd.gov.cleancare.waste.MissedCollection;
import bd.gov.cleancare.waste.MissedReport;
import bd.gov.cleancare.waste.ScheduleForm;
import bd.gov.cleancare.waste.ScheduleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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

/** When waste is collected where, and reporting a round that did not come. */
@RestController
@RequestMapping("/api/v1/waste/schedules")
@Tag(name = "waste")
@SecurityRequirement(name = "bearer")
class CollectionScheduleApi {

    private final CollectionSchedules schedules;

    CollectionScheduleApi(CollectionSchedules schedules) {
        this.schedules = schedules;
    }

    record ScheduleBody(@Size(max = 10) String cityCorporation, @Size(max = 10) String wardNumber, @Size(max = 1000) String area,
            @Size(max = 1000) String areaEn, @Size(max = 7) List<@Size(max = 20) String> daysOfWeek, @Size(max = 20) String startsAt,
            @Size(max = 20) String endsAt, @Size(max = 50) String wasteType, Boolean isActive, @Size(max = 5000) String notes) {

        ScheduleForm form() {
            return new ScheduleForm(cityCorporation, wardNumber, area, areaEn, daysOfWeek, startsAt, endsAt, wasteType, isActive, notes);
        }
    }

    record MissedBody(@Size(max = 5000) String description, @Size(max = 1000) String location, BigDecimal latitude, BigDecimal longitude) {
    }

    @GetMapping
    @Operation(summary = "Collection rounds with their next collection: my own ward unless ?ward_number= (or ?ward=); ?area=&waste_type=")
    Page<ScheduleView> list(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(name = "city_corporation", required = false) String cityCorporation,
            @RequestParam(name = "ward_number", required = false) String wardNumber, @RequestParam(required = false) String ward,
            @RequestParam(required = false) String area, @RequestParam(name = "waste_type", required = false) String wasteType,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, schedules.list(me, cityCorporation, wardNumber != null ? wardNumber : ward, area, wasteType, query));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a collection round (waste staff of its ward)")
    ScheduleView create(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody ScheduleBody body) {
        return schedules.create(me, body.form());
    }

    @GetMapping("/{id}")
    ScheduleView get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return schedules.get(me, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a round; fields left out keep their value (is_active false pauses it)")
    ScheduleView update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ScheduleBody body) {
        return schedules.update(me, id, body.form());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        schedules.delete(me, id);
    }

    @PostMapping("/{id}/missed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report that the last round did not come: files a waste_management complaint linked to the schedule")
    MissedCollection missed(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody(required = false) MissedBody body, Locale locale) {
        var report = body == null ? new MissedBody(null, null, null, null) : body;
        return schedules.reportMissed(me, id, new MissedReport(report.description(), report.location(),
                report.latitude(), report.longitude()), locale);
    }
}
