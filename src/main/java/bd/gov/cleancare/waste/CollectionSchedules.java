package bd.gov.cleancare.waste;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.NewComplaint;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.WardRef;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.security.WardScopes.Action;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import bd.gov.cleancare.waste.internal.ScheduleRepository;
import bd.gov.cleancare.waste.internal.ScheduleRepository.ScheduleRow;
import bd.gov.cleancare.waste.internal.FormText;
import bd.gov.cleancare.waste.internal.TimeOfDay;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When waste is collected where: rounds per ward and area that citizens look up (with the next
 * collection, in Dhaka time) and ward staff keep up to date. A round that did not come becomes a
 * waste_management complaint in the schedule's ward, linked to the schedule.
 */
@Service
public class CollectionSchedules {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final ScheduleRepository schedules;
    private final Complaints complaints;
    private final Users users;
    private final Geography geography;
    private final WardScopes scopes;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    CollectionSchedules(ScheduleRepository schedules, Complaints complaints, Users users, Geography geography, WardScopes scopes,
            AuditTrail audit, MessageSource messages, Clock clock) {
        this.schedules = schedules;
        this.complaints = complaints;
        this.users = users;
        this.geography = geography;
        this.scopes = scopes;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Schedules of one ward, the caller's own ward when none is given; staff without a ward filter
     * get the wards they look after. Paused rounds are listed only to staff of their ward.
     */
    @Transactional(readOnly = true)
    public Slice<ScheduleView> list(CurrentUser me, String cityCorporation, String wardNumber, String area, String wasteType,
            PageQuery page) {
        var readable = scopes.of(me, TransferStations.RESOURCE, Action.READ);
        var ward = wardNumber == null || wardNumber.isBlank() ? null : geography.requireWardOrDefault(cityCorporation, wardNumber);
        if (ward == null && readable.keys().isEmpty() && !readable.everywhere()) {
            var profile = users.find(me.id()).orElseThrow(() -> new NotFound("user.not-found"));
            if (profile.wardNumber() == null) {
                throw RuleViolated.onField("ward_number", "geo.ward.required");
            }
            ward = new WardRef(profile.cityCorporation(), profile.wardNumber());
        }
        var filter = new ScheduleRepository.Filter(ward == null ? null : ward.cityCorporation(), ward == null ? null : ward.wardNumber(),
                readable, readable, area == null || area.isBlank() ? null : area.strip(),
                wasteType == null || wasteType.isBlank() ? null : StoredValue.parse(WasteType.class, "waste_type", wasteType).stored());
        var now = now();
        return schedules.list(filter, page).map(row -> view(row, now));
    }

    // on the primary, not a replica: read right after it is created
    public ScheduleView get(CurrentUser me, UUID id) {
        return view(visible(me, id), now());
    }

    /** The round for its edit form: only to staff who may change it (others: 403, as {@link #update} would say). */
    @Transactional(readOnly = true)
    public ScheduleView editable(CurrentUser me, UUID id) {
        var schedule = visible(me, id);
        require(me, Action.UPDATE, schedule.cityCorporation(), schedule.wardNumber());
        return view(schedule, now());
    }

    @Transactional
    public ScheduleView create(CurrentUser me, ScheduleForm form) {
        var fields = fields(form, null);
        require(me, Action.CREATE, fields.cityCorporation(), fields.wardNumber());
        var id = schedules.insert(fields, me.id(), clock.instant());
        audit.record(me, "waste.schedule_created", "collection_schedule", id, describe(fields));
        return get(me, id);
    }

    /** Moving a round to another ward needs the permission in both. */
    @Transactional
    public ScheduleView update(CurrentUser me, UUID id, ScheduleForm form) {
        var current = visible(me, id);
        require(me, Action.UPDATE, current.cityCorporation(), current.wardNumber());
        var fields = fields(form, current);
        require(me, Action.UPDATE, fields.cityCorporation(), fields.wardNumber());
        schedules.update(id, fields, clock.instant());
        audit.record(me, "waste.schedule_updated", "collection_schedule", id, describe(fields));
        return get(me, id);
    }

    @Transactional
    public void delete(CurrentUser me, UUID id) {
        var schedule = visible(me, id);
        require(me, Action.DELETE, schedule.cityCorporation(), schedule.wardNumber());
        schedules.delete(id, clock.instant());
        audit.record(me, "waste.schedule_deleted", "collection_schedule", id,
                Map.of("area", schedule.area(), "ward", schedule.cityCorporation() + "/" + schedule.wardNumber()));
    }

    /**
     * Files a waste_management complaint about the round's last window that ended (within a week),
     * in the schedule's ward, worded in the caller's language. Not while a window is under way, and
     * once per citizen per missed collection.
     */
    @Transactional
    public MissedCollection reportMissed(CurrentUser me, UUID scheduleId, MissedReport report, Locale locale) {
        var schedule = visible(me, scheduleId);
        if (!schedule.isActive()) {
            throw new Conflict("waste.missed.paused");
        }
        var now = now();
        var windows = schedule.windows();
        windows.underWay(now).ifPresent(window -> {
            throw new Conflict("waste.missed.under-way", window.end().format(HOURS));
        });
        var missed = windows.lastEnded(now, schedule.createdAt()).orElseThrow(() -> new Conflict("waste.missed.not-due",
                windows.next(now).map(next -> next.start().toLocalDate() + " " + next.start().format(HOURS)).orElse("-")));
        if (schedules.missedReported(scheduleId, me.id(), missed.date())) {
            throw new Conflict("waste.missed.already-reported", missed.date().toString());
        }
        boolean english = "en".equals(locale.getLanguage());
        var area = english && schedule.areaEn() != null ? schedule.areaEn() : schedule.area();
        var type = StoredValue.fromStored(WasteType.class, schedule.wasteType());
        var what = messages.getMessage("waste.missed.description", new Object[] {area, english ? type.code().replace('_', ' ') : type.stored(),
                missed.date().toString(), missed.start().format(HOURS), missed.end().format(HOURS)}, locale);
        var told = report.description() == null || report.description().isBlank() ? "" : "\n\n" + report.description().strip();
        var title = messages.getMessage("waste.missed.title", new Object[] {area}, locale);
        // The link goes in after the complaint, in the same transaction: if a concurrent report of this
        // collection got there first, the complaint is rolled back with it.
        var complaint = complaints.file(me, new NewComplaint(title.length() > 200 ? title.substring(0, 200) : title, what + told,
                Category.WASTE_MANAGEMENT.code(), null,
                report.location() == null || report.location().isBlank() ? area : report.location(),
                report.latitude(), report.longitude(), schedule.wardNumber(), schedule.cityCorporation()));
        if (!schedules.recordMissed(complaint.id(), scheduleId, me.id(), missed.date(), clock.instant())) {
            throw new Conflict("waste.missed.already-reported", missed.date().toString());
        }
        return new MissedCollection(scheduleId, missed.date(), missed.start().toOffsetDateTime(), missed.end().toOffsetDateTime(),
                complaint.trackingNumber(), complaint);
    }

    /** Active rounds are public; paused ones only to the ward's staff. */
    private ScheduleRow visible(CurrentUser me, UUID id) {
        return schedules.find(id)
                .filter(s -> s.isActive() || scopes.of(me, TransferStations.RESOURCE, Action.READ).includes(s.cityCorporation(), s.wardNumber()))
                .orElseThrow(() -> new NotFound("waste.schedule.not-found"));
    }

    private void require(CurrentUser me, Action action, String cityCorporation, String wardNumber) {
        WardScope scope = scopes.of(me, TransferStations.RESOURCE, action);
        if (!scope.includes(cityCorporation, wardNumber)) {
            throw new Forbidden("problem.forbidden");
        }
    }

    private ZonedDateTime now() {
        return ZonedDateTime.ofInstant(clock.instant(), ClockConfig.DHAKA);
    }

    private static ScheduleView view(ScheduleRow s, ZonedDateTime now) {
        var days = s.days().stream().map(CollectionDay::of).sorted(Comparator.naturalOrder()).toList();
        var type = StoredValue.fromStored(WasteType.class, s.wasteType());
        var next = s.isActive() ? s.windows().next(now).orElse(null) : null;
        return new ScheduleView(s.id(), s.cityCorporation(), s.wardNumber(), s.area(), s.areaEn(),
                days.stream().map(CollectionDay::stored).toList(), days.stream().map(CollectionDay::code).toList(), s.startsAt(), s.endsAt(),
                type.stored(), type.code(), s.isActive(), s.notes(), next == null ? null : next.start().toOffsetDateTime(),
                next == null ? null : next.end().toOffsetDateTime(), next != null && !next.start().isAfter(now), s.createdAt(), s.updatedAt());
    }

    /** The form over the current schedule (null for a new one). */
    private ScheduleRepository.Fields fields(ScheduleForm f, ScheduleRow current) {
        boolean creating = current == null;
        WardRef ward;
        if (f.wardNumber() == null && f.cityCorporation() == null) {
            if (creating) {
                throw RuleViolated.onField("ward_number", "geo.ward.required");
            }
            ward = new WardRef(current.cityCorporation(), current.wardNumber());
        } else {
            ward = geography.requireWardOrDefault(f.cityCorporation() == null && !creating && f.wardNumber() != null
                    ? current.cityCorporation() : f.cityCorporation(), f.wardNumber());
            if (ward == null) {
                throw RuleViolated.onField("ward_number", "geo.ward.required");
            }
        }
        var area = f.area() == null && !creating ? current.area() : FormText.required("area", f.area(), 200);
        var areaEn = f.areaEn() == null ? (creating ? null : current.areaEn()) : FormText.optional("area_en", f.areaEn(), 200);
        Set<DayOfWeek> days;
        if (f.daysOfWeek() == null && !creating) {
            days = current.days();
        } else {
            if (f.daysOfWeek() == null || f.daysOfWeek().isEmpty()) {
                throw RuleViolated.onField("days_of_week", "validation.NotEmpty");
            }
            days = new TreeSet<>();
            for (var day : f.daysOfWeek()) {
                days.add(CollectionDay.parse("days_of_week", day).day());
            }
        }
        var starts = f.startsAt() == null && !creating ? current.startsAt() : TimeOfDay.parse("starts_at", f.startsAt());
        var ends = f.endsAt() == null && !creating ? current.endsAt() : TimeOfDay.parse("ends_at", f.endsAt());
        if (starts.equals(ends)) {
            throw RuleViolated.onField("ends_at", "waste.schedule.empty-window");
        }
        var type = f.wasteType() == null && !creating ? current.wasteType()
                : StoredValue.parse(WasteType.class, "waste_type", f.wasteType() == null ? WasteType.HOUSEHOLD.code() : f.wasteType()).stored();
        boolean active = f.isActive() != null ? f.isActive() : creating || current.isActive();
        var notes = f.notes() == null ? (creating ? null : current.notes()) : FormText.optional("notes", f.notes(), 2000);
        return new ScheduleRepository.Fields(ward.cityCorporation(), ward.wardNumber(), area, areaEn, days, starts, ends, type, active, notes);
    }

    private static Map<String, Object> describe(ScheduleRepository.Fields f) {
        var details = new LinkedHashMap<String, Object>();
        details.put("ward", f.cityCorporation() + "/" + f.wardNumber());
        details.put("area", f.area());
        details.put("days_of_week", f.days().stream().map(DayOfWeek::getValue).toList());
        details.put("window", f.startsAt().format(HOURS) + "-" + f.endsAt().format(HOURS));
        details.put("waste_type", StoredValue.fromStored(WasteType.class, f.wasteType()).code());
        details.put("is_active", f.isActive());
        return details;
    }



}
