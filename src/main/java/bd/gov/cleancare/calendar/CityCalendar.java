package bd.gov.cleancare.calendar;

import bd.gov.cleancare.calendar.internal.CalendarRepository;
import bd.gov.cleancare.calendar.internal.Entry;
import bd.gov.cleancare.calendar.internal.EventTimes;
import bd.gov.cleancare.calendar.internal.IcsFeed;
import bd.gov.cleancare.calendar.internal.Place;
import bd.gov.cleancare.calendar.internal.Window;
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
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city calendar: events, holidays, collection days and campaigns for the whole city, one
 * corporation or some of its wards. Anyone may read what is published, as JSON or as a ward's
 * iCalendar feed; admins with the calendar permission write entries for their wards, and only
 * super admins write entries for a whole corporation or the city.
 */
@Service
public class CityCalendar {

    public static final String RESOURCE = "calendar";

    private final CalendarRepository entries;
    private final IcsFeed ics;
    private final Geography geography;
    private final Users users;
    private final WardScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    CityCalendar(CalendarRepository entries, IcsFeed ics, Geography geography, Users users, WardScopes scopes, AuditTrail audit,
            Clock clock) {
        this.entries = entries;
        this.ics = ics;
        this.geography = geography;
        this.users = users;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Published entries in a window, by start. Without a ward, admins see every ward, a citizen their own
     * ward's calendar, and anyone else (or a citizen naming only a corporation) the city-wide entries.
     */
    @Transactional(readOnly = true)
    public Slice<CalendarEventView> events(CurrentUser me, EventQuery query, PageQuery page) {
        var window = Window.parse(query.from(), query.to(), today());
        var category = query.category() == null || query.category().isBlank() ? null
                : StoredValue.parse(CalendarCategory.class, "category", query.category());
        var drafts = query.includeDrafts() && me != null ? draftsOf(me) : null;
        return entries.list(window, place(me, query.cityCorporation(), query.ward()), category, drafts, page);
    }

    @Transactional
    public CalendarEventView event(CurrentUser me, UUID id) {
        var event = entries.find(id).orElseThrow(() -> new NotFound("calendar.event.not-found"));
        if (!event.isPublished() && (me == null || !mayAct(me, WardScopes.Action.READ, event.cityCorporation(), event.targetWards()))) {
            throw new NotFound("calendar.event.not-found");
        }
        return event;
    }

    /** The entry for its edit form: only to admins who may change it (others: 403, as {@link #change} would say). */
    @Transactional(readOnly = true)
    public CalendarEventView editable(CurrentUser me, UUID id) {
        var event = event(me, id);
        authorize(me, WardScopes.Action.UPDATE, event.cityCorporation(), event.targetWards());
        return event;
    }

    @Transactional
    public CalendarEventView schedule(CurrentUser me, CalendarEventForm form) {
        var entry = entry(form);
        authorize(me, WardScopes.Action.CREATE, entry.cityCorporation(), entry.targetWards());
        var id = entries.insert(entry, me.id(), clock.instant());
        audit.record(me, "calendar.event_created", "calendar_event", id, details(entry));
        return entries.find(id).orElseThrow();
    }

    /** Replaces an entry; it must stay within the admin's wards, before and after. */
    @Transactional
    public CalendarEventView change(CurrentUser me, UUID id, CalendarEventForm form) {
        var current = entries.lock(id).orElseThrow(() -> new NotFound("calendar.event.not-found"));
        authorize(me, WardScopes.Action.UPDATE, current.cityCorporation(), current.targetWards());
        if (current.isCancelled()) {
            throw new Conflict("calendar.event.cancelled");
        }
        var entry = entry(form);
        authorize(me, WardScopes.Action.UPDATE, entry.cityCorporation(), entry.targetWards());
        entries.update(id, entry, me.id(), clock.instant());
        audit.record(me, "calendar.event_updated", "calendar_event", id, details(entry));
        return entries.find(id).orElseThrow();
    }

    /**
     * A published entry is cancelled, not deleted: it stays in the feeds as STATUS:CANCELLED so the
     * phones that copied it drop it. A draft no phone has seen is simply removed.
     */
    @Transactional
    public void cancel(CurrentUser me, UUID id) {
        var current = entries.lock(id).orElseThrow(() -> new NotFound("calendar.event.not-found"));
        authorize(me, WardScopes.Action.DELETE, current.cityCorporation(), current.targetWards());
        if (!current.isPublished()) {
            entries.delete(id);
            audit.record(me, "calendar.event_deleted", "calendar_event", id, Map.of("title", current.title()));
        } else if (!current.isCancelled()) {
            entries.cancel(id, me.id(), clock.instant());
            audit.record(me, "calendar.event_cancelled", "calendar_event", id, Map.of("title", current.title()));
        }
    }

    /**
     * Holiday dates in Dhaka from {@code from} to {@code to} (inclusive): national ones (no corporation)
     * and each corporation's own, one element per day. Holidays of single wards do not close city offices
     * and are left out. For working-day arithmetic, filter with {@link Holiday#appliesTo}.
     */
    @Transactional(readOnly = true)
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return entries.holidays(from, to);
    }

    /** The version of a ward's feed (no ward: the city-wide feed), for conditional requests. */
    @Transactional(readOnly = true)
    public FeedVersion feedVersion(String cityCorporation, String wardNumber) {
        var today = today();
        return entries.feedVersion(Window.feed(today), feedPlace(cityCorporation, wardNumber), IcsFeed.FORMAT, today);
    }

    /** A ward's iCalendar feed (no ward: the city-wide one), UTF-8. */
    @Transactional(readOnly = true)
    public byte[] feed(String cityCorporation, String wardNumber) {
        var place = feedPlace(cityCorporation, wardNumber);
        return ics.write(feedName(place), entries.feed(Window.feed(today()), place));
    }

    private Place feedPlace(String cityCorporation, String wardNumber) {
        if (cityCorporation == null && wardNumber == null) {
            return Place.cityWide(null);
        }
        var ward = geography.ward(cityCorporation, wardNumber).orElseThrow(() -> new NotFound("calendar.ward.not-found"));
        return Place.ward(ward.cityCorporation(), ward.wardNumber());
    }

    private String feedName(Place place) {
        if (place.wardNumber() == null) {
            return "ঢাকা নগর ক্যালেন্ডার";
        }
        var corporation = geography.cityCorporations().stream().filter(c -> c.code().equals(place.cityCorporation())).findFirst().orElseThrow();
        var ward = geography.ward(place.cityCorporation(), place.wardNumber()).orElseThrow();
        return corporation.nameBn() + " — " + ward.nameBn();
    }

    private Place place(CurrentUser me, String cityCorporation, String ward) {
        if (ward != null && !ward.isBlank()) {
            var ref = geography.requireWardOrDefault(cityCorporation, ward);
            return Place.ward(ref.cityCorporation(), ref.wardNumber());
        }
        var corporation = corporation(cityCorporation);
        if (me != null && (me.isAdmin() || me.isSuperAdmin())) {
            return Place.everyWard(corporation);
        }
        if (me == null || corporation != null) {
            return Place.cityWide(corporation);
        }
        return users.find(me.id()).filter(user -> user.wardNumber() != null && user.cityCorporation() != null)
                .map(user -> Place.ward(user.cityCorporation(), user.wardNumber()))
                .orElse(Place.cityWide(null));
    }

    private String corporation(String raw) {
        var code = WardRef.corporationCode(raw);
        if (code != null && geography.cityCorporations().stream().noneMatch(c -> c.code().equals(code))) {
            throw RuleViolated.onField("city_corporation", "geo.city-corporation.unknown", code);
        }
        return code;
    }

    private Entry entry(CalendarEventForm form) {
        var category = StoredValue.parse(CalendarCategory.class, "category", form.category());
        boolean allDay = Boolean.TRUE.equals(form.allDay());
        if (category == CalendarCategory.HOLIDAY && !allDay) {
            throw RuleViolated.onField("all_day", "calendar.holiday.all-day");
        }
        var times = EventTimes.parse(allDay, form.startsAt(), form.endsAt());
        var wards = new TreeSet<String>(Comparator.comparingInt(Integer::parseInt));
        String corporation = corporation(form.cityCorporation());
        for (var raw : form.targetWards() == null ? List.<String>of() : form.targetWards()) {
            var ref = geography.requireWardOrDefault(corporation, raw);
            if (ref == null) {
                throw RuleViolated.onField("target_wards", "geo.ward.required");
            }
            corporation = ref.cityCorporation();
            wards.add(ref.wardNumber());
        }
        return new Entry(required("title", form.title(), 255), optional("title_en", form.titleEn(), 255),
                optional("description", form.description(), 5000), category, times, optional("location", form.location(), 255),
                corporation, new ArrayList<>(wards), !Boolean.FALSE.equals(form.isPublished()));
    }

    /** Ward admins act in their wards only; an entry for a whole corporation or the city is a super admin's. */
    private void authorize(CurrentUser me, WardScopes.Action action, String cityCorporation, List<String> wards) {
        if (me.isSuperAdmin()) {
            return;
        }
        if (!me.isAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
        if (wards.isEmpty()) {
            throw new Forbidden("calendar.city-wide.forbidden");
        }
        if (!mayAct(me, action, cityCorporation, wards)) {
            throw new Forbidden("calendar.ward.forbidden");
        }
    }

    private boolean mayAct(CurrentUser me, WardScopes.Action action, String cityCorporation, List<String> wards) {
        if (me.isSuperAdmin()) {
            return true;
        }
        if (!me.isAdmin() || wards.isEmpty()) {
            return false;
        }
        var scope = scopes.of(me, RESOURCE, action);
        return wards.stream().allMatch(ward -> scope.includes(cityCorporation, ward));
    }

    private WardScope draftsOf(CurrentUser me) {
        return me.isSuperAdmin() || me.isAdmin() ? scopes.of(me, RESOURCE, WardScopes.Action.READ) : null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.DHAKA));
    }

    private static LinkedHashMap<String, Object> details(Entry entry) {
        var details = new LinkedHashMap<String, Object>();
        details.put("title", entry.title());
        details.put("category", entry.category().code());
        details.put("starts_at", entry.times().startsAt().toString());
        details.put("city_corporation", entry.cityCorporation());
        details.put("target_wards", entry.targetWards());
        details.put("is_published", entry.published());
        return details;
    }

    private static String required(String field, String value, int max) {
        var text = optional(field, value, max);
        if (text == null) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        return text;
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > max) {
            throw RuleViolated.onField(field, "validation.Size.max", max);
        }
        return text;
    }
}
