package bd.gov.cleancare.emergency;

import bd.gov.cleancare.emergency.internal.EmergencyRepository;
import bd.gov.cleancare.geography.Coordinates;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.WardRef;
import bd.gov.cleancare.identity.PhoneNumber;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.errors.TooManyRequests;
import bd.gov.cleancare.platform.ratelimit.SlidingWindows;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency requests (seed §3): raised in two taps, pushed at once to the ward's staff and super
 * admins and texted to the ward's on-duty number; the first response sets responded_at.
 */
@Service
public class Emergencies {

    public static final String RESOURCE = "emergencies";

    private final EmergencyRepository emergencies;
    private final Users users;
    private final Geography geography;
    private final WardScopes scopes;
    private final SlidingWindows windows;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Emergencies(EmergencyRepository emergencies, Users users, Geography geography, WardScopes scopes, SlidingWindows windows,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.emergencies = emergencies;
        this.users = users;
        this.geography = geography;
        this.scopes = scopes;
        this.windows = windows;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public EmergencyView raise(CurrentUser me, String type, String description, String location, BigDecimal latitude,
            BigDecimal longitude, String cityCorporation, String wardNumber) {
        var kind = StoredValue.parse(EmergencyType.class, "emergency_type", type);
        var text = text("description", description, 2000);
        var place = text("location", location, 255);
        var point = Coordinates.of(latitude, longitude);
        var reporter = users.find(me.id()).orElseThrow(() -> new NotFound("user.not-found"));
        var ward = cityCorporation == null && wardNumber == null
                ? (reporter.wardNumber() == null ? null : new WardRef(reporter.cityCorporation(), reporter.wardNumber()))
                : geography.requireWardOrDefault(cityCorporation, wardNumber);
        windows.acquire("cc:emergency:" + me.id(), 5, Duration.ofHours(1)).ifPresent(wait -> {
            throw new TooManyRequests(wait, "emergency.too-many", 5);
        });
        var id = emergencies.insert(me.id(), kind, text, place, point == null ? null : point.latitude(), point == null ? null : point.longitude(),
                ward == null ? null : ward.cityCorporation(), ward == null ? null : ward.wardNumber(), clock.instant());
        events.publishEvent(new EmergencyRaised(id, me.id(), kind.code(), kind.stored(), place, ward == null ? null : ward.cityCorporation(),
                ward == null ? null : ward.wardNumber()));
        return emergencies.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Slice<EmergencyView> list(CurrentUser me, String status, PageQuery page) {
        var wanted = status == null || status.isBlank() ? null : StoredValue.parse(EmergencyStatus.class, "status", status);
        if (me.type() == UserType.CITIZEN || me.type() == UserType.SERVICE_PROVIDER) {
            return emergencies.list(me.id(), null, wanted, page);
        }
        return emergencies.list(null, wardsOf(me, WardScopes.Action.READ), wanted, page);
    }

    // on the primary, not a replica: read right after it is created
    public EmergencyView get(CurrentUser me, UUID id) {
        return visible(me, emergencies.find(id).orElseThrow(() -> new NotFound("emergency.not-found")));
    }

    /**
     * Whom the caller may give the emergency to: the ward's responders (as {@link #changeStatus}
     * accepts them), active staff only; nobody when the caller may not move it on.
     */
    @Transactional(readOnly = true)
    public java.util.List<Assignee> assignees(CurrentUser me, UUID id) {
        var emergency = get(me, id);
        if (!mayChange(me, emergency)) {
            return java.util.List.of();
        }
        return responders(emergency.cityCorporation(), emergency.wardNumber()).stream().map(users::find)
                .flatMap(java.util.Optional::stream).filter(u -> u.isActive() && !"citizen".equals(u.userType()))
                .map(u -> new Assignee(u.id(), u.name(), u.userType())).toList();
    }

    /** Staff move it on (and may take it on themselves or give it to a colleague of the ward). */
    @Transactional
    public EmergencyView changeStatus(CurrentUser me, UUID id, String status, String note, UUID assignTo) {
        var emergency = visible(me, emergencies.lock(id).orElseThrow(() -> new NotFound("emergency.not-found")));
        if (!mayChange(me, emergency)) {
            throw new Forbidden("problem.forbidden");
        }
        var from = StoredValue.fromStored(EmergencyStatus.class, emergency.status());
        var to = status == null || status.isBlank() ? from : StoredValue.parse(EmergencyStatus.class, "status", status);
        if (to.ordinal() < from.ordinal() || from == EmergencyStatus.RESOLVED) {
            throw new Conflict("emergency.transition.invalid", from.code(), to.code());
        }
        if (assignTo != null) {
            var assignee = users.find(assignTo).filter(u -> u.isActive() && !"citizen".equals(u.userType()))
                    .orElseThrow(() -> RuleViolated.onField("assigned_to", "complaint.assign.unknown"));
            if (!scopes.staffOf(emergency.cityCorporation(), emergency.wardNumber(), RESOURCE).contains(assignee.id())
                    && !scopes.staffOf(emergency.cityCorporation(), emergency.wardNumber(), "complaints").contains(assignee.id())) {
                throw RuleViolated.onField("assigned_to", "complaint.assign.not-in-ward");
            }
        }
        var now = clock.instant();
        emergencies.update(id, to, assignTo, now);
        emergencies.history(id, me.id(), from, to, note == null || note.isBlank() ? null : note.strip(), now);
        var details = new java.util.LinkedHashMap<String, Object>();
        details.put("from", from.code());
        details.put("to", to.code());
        details.put("assigned_to", assignTo == null ? null : assignTo.toString());
        audit.record(me, "emergency.status_changed", "emergency", id, details);
        if (assignTo != null) {
            events.publishEvent(new EmergencyAssigned(id, assignTo, emergency.emergencyType(), emergency.location()));
        }
        return emergencies.find(id).orElseThrow();
    }

    /** The ward's on-duty number, texted for every new emergency (super admin). */
    @Transactional
    public Map<String, String> setOnDutyPhone(CurrentUser me, String cityCorporation, String wardNumber, String phone) {
        if (!me.isSuperAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
        var ward = geography.requireWardOrDefault(cityCorporation, wardNumber);
        if (ward == null) {
            throw RuleViolated.onField("ward_number", "geo.ward.required");
        }
        var number = PhoneNumber.parse("on_duty_phone", phone).value();
        emergencies.setOnDutyPhone(ward.cityCorporation(), ward.wardNumber(), number);
        audit.record(me, "emergency.on_duty_phone_set", "ward", null, Map.of("ward", ward.cityCorporation() + "/" + ward.wardNumber()));
        return Map.of("city_corporation", ward.cityCorporation(), "ward_number", ward.wardNumber(), "on_duty_phone", number);
    }

    public java.util.Optional<String> onDutyPhone(String cityCorporation, String wardNumber) {
        return cityCorporation == null || wardNumber == null ? java.util.Optional.empty() : emergencies.onDutyPhone(cityCorporation, wardNumber);
    }

    public java.util.List<UUID> responders(String cityCorporation, String wardNumber) {
        var people = new java.util.LinkedHashSet<UUID>(scopes.staffOf(cityCorporation, wardNumber, RESOURCE));
        people.addAll(scopes.staffOf(cityCorporation, wardNumber, "complaints"));
        return java.util.List.copyOf(people);
    }

    private boolean mayChange(CurrentUser me, EmergencyView emergency) {
        return me.isSuperAdmin() || (me.type() == UserType.ADMIN
                && wardsOf(me, WardScopes.Action.UPDATE).includes(emergency.cityCorporation(), emergency.wardNumber()));
    }

    private EmergencyView visible(CurrentUser me, EmergencyView e) {
        if (me.is(e.userId()) || me.isSuperAdmin() || (e.assignedTo() != null && me.is(e.assignedTo()))) {
            return e;
        }
        if (me.type() == UserType.ADMIN && wardsOf(me, WardScopes.Action.READ).includes(e.cityCorporation(), e.wardNumber())) {
            return e;
        }
        throw new NotFound("emergency.not-found");
    }

    private WardScope wardsOf(CurrentUser me, WardScopes.Action action) {
        if (me.isSuperAdmin()) {
            return WardScope.ALL;
        }
        var emergencies = scopes.of(me, RESOURCE, action);
        var complaints = scopes.of(me, "complaints", action);
        var keys = new java.util.HashSet<>(emergencies.keys());
        keys.addAll(complaints.keys());
        return keys.isEmpty() ? WardScope.NONE : new WardScope(false, java.util.Set.copyOf(keys));
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        if (value.strip().length() > max) {
            throw RuleViolated.onField(field, "validation.Size.max", max);
        }
        return value.strip();
    }
}
