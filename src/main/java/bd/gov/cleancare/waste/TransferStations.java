package bd.gov.cleancare.waste;

import bd.gov.cleancare.geography.Coordinates;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.WardRef;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.security.WardScopes.Action;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.DateRange;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import bd.gov.cleancare.waste.internal.StationRow;
import bd.gov.cleancare.waste.internal.FormText;
import bd.gov.cleancare.waste.internal.TimeOfDay;
import bd.gov.cleancare.waste.internal.TransferStationRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secondary transfer stations (STS): where the wards' waste waits for the trucks to the landfill.
 * Their load is never typed in: it follows from the log of arrivals and departures, each taken in
 * under the station's row lock, so concurrent entries can neither lose tonnes nor drive it negative.
 */
@Service
public class TransferStations {

    public static final String RESOURCE = "waste";
    /** At this share of capacity the ward's waste staff are told, once per crossing. */
    public static final BigDecimal NEARLY_FULL_PERCENT = BigDecimal.valueOf(90);
    static final BigDecimal MAX_LOAD_TONNES = BigDecimal.valueOf(500);
    /** Entries may be typed in from a paper register afterwards, but not from further back than this. */
    static final Duration BACKDATING_LIMIT = Duration.ofDays(7);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MAX_THROUGHPUT_DAYS = 366;

    private final TransferStationRepository stations;
    private final Geography geography;
    private final WardScopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferStations(TransferStationRepository stations, Geography geography, WardScopes scopes, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.stations = stations;
        this.geography = geography;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Slice<TransferStationView> list(CurrentUser me, String cityCorporation, String wardNumber, String zone, String status,
            String search, PageQuery page) {
        var ward = wardNumber == null || wardNumber.isBlank() ? null : geography.requireWardOrDefault(cityCorporation, wardNumber);
        var corporation = ward != null ? ward.cityCorporation() : corporation(cityCorporation);
        var filter = new TransferStationRepository.Filter(corporation, ward == null ? null : ward.wardNumber(), zone(zone),
                status == null || status.isBlank() ? null : StoredValue.parse(StationStatus.class, "status", status).code(),
                search == null || search.isBlank() ? null : search.strip());
        var readable = scopes.of(me, RESOURCE, Action.READ);
        return stations.list(filter, page).map(row -> view(row, readable));
    }

    // on the primary, not a replica: read right after it is created
    public TransferStationView get(CurrentUser me, UUID id) {
        return view(found(id), scopes.of(me, RESOURCE, Action.READ));
    }

    @Transactional
    public TransferStationView create(CurrentUser me, StationForm form) {
        var fields = fields(form, null);
        require(me, Action.CREATE, fields.cityCorporation(), fields.wardNumber());
        var id = stations.insert(fields, me.id(), clock.instant());
        audit.record(me, "waste.station_created", "transfer_station", id, describe(fields));
        return get(me, id);
    }

    /** Moving a station to another ward needs the permission in both. */
    @Transactional
    public TransferStationView update(CurrentUser me, UUID id, StationForm form) {
        var current = stations.lock(id).orElseThrow(() -> new NotFound("waste.station.not-found"));
        require(me, Action.UPDATE, current.cityCorporation(), current.wardNumber());
        var fields = fields(form, current);
        require(me, Action.UPDATE, fields.cityCorporation(), fields.wardNumber());
        stations.update(id, fields, clock.instant());
        audit.record(me, "waste.station_updated", "transfer_station", id, describe(fields));
        return get(me, id);
    }

    @Transactional
    public void delete(CurrentUser me, UUID id) {
        var station = stations.lock(id).orElseThrow(() -> new NotFound("waste.station.not-found"));
        require(me, Action.DELETE, station.cityCorporation(), station.wardNumber());
        stations.delete(id, clock.instant());
        audit.record(me, "waste.station_deleted", "transfer_station", id, Map.of("name", station.name(),
                "ward", station.cityCorporation() + "/" + station.wardNumber(), "load_tonnes", station.currentLoadTonnes()));
    }

    /**
     * Logs a load and moves the station's load with it. The log itself (who, when) is the record of
     * the action, so no audit row is written per truck.
     */
    @Transactional
    public LoadEntry logLoad(CurrentUser me, UUID stationId, NewLoad load) {
        var direction = StoredValue.parse(LoadDirection.class, "direction", load.direction());
        var vehicle = vehicleNumber(load.vehicleNumber());
        var tonnes = tonnes("tonnes", load.tonnes(), MAX_LOAD_TONNES);
        var now = clock.instant();
        var loggedAt = loggedAt(load.loggedAt(), now);
        var note = FormText.optional("note", load.note(), 1000);
        var station = stations.lock(stationId).orElseThrow(() -> new NotFound("waste.station.not-found"));
        require(me, Action.UPDATE, station.cityCorporation(), station.wardNumber());
        var before = station.currentLoadTonnes();
        BigDecimal after;
        if (direction == LoadDirection.ARRIVAL) {
            if (station.maintenance()) {
                throw new Conflict("waste.station.under-maintenance");
            }
            after = before.add(tonnes);
        } else {
            after = before.subtract(tonnes);
            if (after.signum() < 0) {
                throw new Conflict("waste.load.departure-exceeds-load", plain(tonnes), plain(before));
            }
        }
        var entryId = stations.log(stationId, direction, vehicle, tonnes, after, loggedAt, me.id(), note, now);
        var capacity = station.capacityTonnes();
        if (direction == LoadDirection.ARRIVAL && !nearlyFull(before, capacity) && nearlyFull(after, capacity)) {
            events.publishEvent(new TransferStationNearlyFull(stationId, entryId, station.name(), station.nameEn(),
                    station.cityCorporation(), station.wardNumber(), after, capacity, StationRow.percent(after, capacity)));
        }
        return stations.entry(entryId).orElseThrow();
    }

    /** The log, newest first: staff who may read the ward's waste records. */
    @Transactional(readOnly = true)
    public Slice<LoadEntry> loads(CurrentUser me, UUID stationId, String direction, String from, String to, PageQuery page) {
        var station = found(stationId);
        require(me, Action.READ, station.cityCorporation(), station.wardNumber());
        var range = DateRange.parse(from, to);
        return stations.entries(stationId,
                direction == null || direction.isBlank() ? null : StoredValue.parse(LoadDirection.class, "direction", direction).stored(),
                range.fromInstant(), range.toInstant(), page);
    }

    /** Tonnes in and out per Dhaka day; the last seven days unless a range is given. */
    @Transactional(readOnly = true)
    public Throughput throughput(CurrentUser me, UUID stationId, String from, String to) {
        var station = found(stationId);
        require(me, Action.READ, station.cityCorporation(), station.wardNumber());
        var range = DateRange.parse(from, to);
        var last = range.to() != null ? range.to()
                : range.from() != null ? range.from().plusDays(6) : LocalDate.now(clock.withZone(ClockConfig.DHAKA));
        var first = range.from() != null ? range.from() : last.minusDays(6);
        if (ChronoUnit.DAYS.between(first, last) >= MAX_THROUGHPUT_DAYS) {
            throw RuleViolated.onField("to", "waste.throughput.range-too-long", MAX_THROUGHPUT_DAYS);
        }
        var days = stations.throughput(stationId, first, last);
        return new Throughput(stationId, first, last, days.stream().map(Throughput.Day::arrivedTonnes).reduce(BigDecimal.ZERO, BigDecimal::add),
                days.stream().map(Throughput.Day::departedTonnes).reduce(BigDecimal.ZERO, BigDecimal::add), days);
    }

    /**
     * The dashboard's STS overview: super admins see the city; an admin the wards where they may
     * read waste records or the dashboard.
     */
    @Transactional(readOnly = true)
    public StsOverview overview(CurrentUser me, String cityCorporation, String wardNumber) {
        var wards = overviewScope(me);
        var ward = wardNumber == null || wardNumber.isBlank() ? null : geography.requireWardOrDefault(cityCorporation, wardNumber);
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ClockConfig.DHAKA);
        var rows = stations.today(wards, ward != null ? ward.cityCorporation() : corporation(cityCorporation),
                ward == null ? null : ward.wardNumber(), today.atStartOfDay(ClockConfig.DHAKA).toInstant(),
                today.plusDays(1).atStartOfDay(ClockConfig.DHAKA).toInstant());
        var figures = rows.stream().map(t -> {
            var s = t.station();
            var status = status(s);
            return new StsOverview.Station(s.id(), s.name(), s.nameEn(), s.cityCorporation(), s.wardNumber(), s.zoneNumber(), status.stored(),
                    status.code(), s.capacityTonnes(), s.currentLoadTonnes(), s.utilisationPercent(),
                    nearlyFull(s.currentLoadTonnes(), s.capacityTonnes()),
                    s.lastDepartureAt(), s.clearanceDueAt(), s.clearanceOverdue(now), t.arrived(), t.departed());
        }).toList();
        var capacity = sum(figures.stream().map(StsOverview.Station::capacityTonnes).toList());
        var load = sum(figures.stream().map(StsOverview.Station::currentLoadTonnes).toList());
        return new StsOverview(now, figures, figures.size(), capacity, load, figures.isEmpty() ? null : StationRow.percent(load, capacity),
                figures.stream().filter(StsOverview.Station::nearlyFull).count(),
                figures.stream().filter(StsOverview.Station::clearanceOverdue).count(),
                sum(figures.stream().map(StsOverview.Station::arrivedTodayTonnes).toList()),
                sum(figures.stream().map(StsOverview.Station::departedTodayTonnes).toList()));
    }

    /** Who hears that a station is nearly full: the ward's staff who read waste records, and super admins. */
    public List<UUID> responsible(String cityCorporation, String wardNumber) {
        return scopes.staffOf(cityCorporation, wardNumber, RESOURCE);
    }

    private WardScope overviewScope(CurrentUser me) {
        if (me.isSuperAdmin()) {
            return WardScope.ALL;
        }
        if (me.type() != UserType.ADMIN) {
            throw new Forbidden("problem.forbidden");
        }
        var waste = scopes.of(me, RESOURCE, Action.READ);
        var dashboard = scopes.of(me, "dashboard", Action.READ);
        if (waste.everywhere() || dashboard.everywhere()) {
            return WardScope.ALL;
        }
        var keys = new HashSet<>(waste.keys());
        keys.addAll(dashboard.keys());
        return keys.isEmpty() ? WardScope.NONE : new WardScope(false, Set.copyOf(keys));
    }

    private StationRow found(UUID id) {
        return stations.find(id).orElseThrow(() -> new NotFound("waste.station.not-found"));
    }

    private void require(CurrentUser me, Action action, String cityCorporation, String wardNumber) {
        if (!scopes.of(me, RESOURCE, action).includes(cityCorporation, wardNumber)) {
            throw new Forbidden("problem.forbidden");
        }
    }

    private TransferStationView view(StationRow s, WardScope readable) {
        var status = status(s);
        var full = new TransferStationView(s.id(), s.name(), s.nameEn(), s.cityCorporation(), s.wardNumber(), s.zoneNumber(), s.location(),
                s.latitude(), s.longitude(), s.capacityTonnes(), s.currentLoadTonnes(), s.utilisationPercent(), status.stored(), status.code(),
                s.opensAt(), s.closesAt(), s.clearanceIntervalHours(), s.lastDepartureAt(), s.clearanceDueAt(),
                s.clearanceOverdue(clock.instant()), s.createdAt(), s.updatedAt());
        return readable.includes(s.cityCorporation(), s.wardNumber()) ? full : full.forPublic();
    }

    /** Exact, not on the rounded percentage: 89.96 % is not yet 90 %. */
    private static boolean nearlyFull(BigDecimal load, BigDecimal capacity) {
        return load.multiply(BigDecimal.valueOf(100)).compareTo(capacity.multiply(NEARLY_FULL_PERCENT)) >= 0;
    }

    private static StationStatus status(StationRow s) {
        if (s.maintenance()) {
            return StationStatus.MAINTENANCE;
        }
        return s.currentLoadTonnes().compareTo(s.capacityTonnes()) >= 0 ? StationStatus.FULL : StationStatus.OPERATIONAL;
    }

    /** The form over the current station (null for a new one): required fields, ward, zone, hours. */
    private TransferStationRepository.Fields fields(StationForm f, StationRow current) {
        boolean creating = current == null;
        var name = f.name() == null && !creating ? current.name() : FormText.required("name", f.name(), 200);
        var nameEn = f.nameEn() == null ? (creating ? null : current.nameEn()) : FormText.optional("name_en", f.nameEn(), 200);
        var location = f.location() == null && !creating ? current.location() : FormText.required("location", f.location(), 255);
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
        var zone = geography.ward(ward.cityCorporation(), ward.wardNumber()).orElseThrow().zoneNumber();
        var point = f.latitude() == null && f.longitude() == null
                ? (creating || current.latitude() == null ? null : new Coordinates(current.latitude(), current.longitude()))
                : Coordinates.of(f.latitude(), f.longitude());
        var capacity = f.capacityTonnes() == null ? (creating ? null : current.capacityTonnes())
                : tonnes("capacity_tonnes", f.capacityTonnes(), BigDecimal.valueOf(100_000));
        if (capacity == null) {
            throw RuleViolated.onField("capacity_tonnes", "validation.NotNull");
        }
        boolean maintenance = creating ? false : current.maintenance();
        if (f.status() != null) {
            var status = StoredValue.parse(StationStatus.class, "status", f.status());
            if (status == StationStatus.FULL) {
                throw RuleViolated.onField("status", "waste.station.status.full-is-derived");
            }
            maintenance = status == StationStatus.MAINTENANCE;
        }
        var opens = f.opensAt() == null ? (creating ? null : current.opensAt()) : blankOr("opens_at", f.opensAt());
        var closes = f.closesAt() == null ? (creating ? null : current.closesAt()) : blankOr("closes_at", f.closesAt());
        if ((opens == null) != (closes == null)) {
            throw RuleViolated.onField(opens == null ? "opens_at" : "closes_at", "waste.station.hours.both");
        }
        int interval = f.clearanceIntervalHours() == null ? (creating ? 24 : current.clearanceIntervalHours()) : f.clearanceIntervalHours();
        if (interval < 1 || interval > 168) {
            throw RuleViolated.onField("clearance_interval_hours", "waste.station.interval.range", 1, 168);
        }
        return new TransferStationRepository.Fields(name, nameEn, ward.cityCorporation(), ward.wardNumber(), zone, location,
                point == null ? null : point.latitude(), point == null ? null : point.longitude(), capacity, maintenance, opens, closes,
                interval);
    }

    private static LocalTime blankOr(String field, String raw) {
        return raw.isBlank() ? null : TimeOfDay.parse(field, raw);
    }

    private static Map<String, Object> describe(TransferStationRepository.Fields f) {
        var details = new LinkedHashMap<String, Object>();
        details.put("name", f.name());
        details.put("ward", f.cityCorporation() + "/" + f.wardNumber());
        details.put("capacity_tonnes", f.capacityTonnes());
        details.put("status", f.maintenance() ? StationStatus.MAINTENANCE.code() : StationStatus.OPERATIONAL.code());
        return details;
    }

    private Instant loggedAt(String raw, Instant now) {
        if (raw == null || raw.isBlank()) {
            return now;
        }
        Instant at;
        try {
            var text = Digits.toAscii(raw.strip());
            at = text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$") ? OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text).atZone(ClockConfig.DHAKA).toInstant();
        } catch (DateTimeParseException e) {
            throw RuleViolated.onField("logged_at", "validation.datetime");
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw RuleViolated.onField("logged_at", "waste.load.in-the-future");
        }
        if (at.isBefore(now.minus(BACKDATING_LIMIT))) {
            throw RuleViolated.onField("logged_at", "waste.load.too-old", BACKDATING_LIMIT.toDays());
        }
        return at;
    }

    /** Number plates as written on the truck ("ঢাকা মেট্রো-ট ১১-২২৩৩" or "DM-TA 11-2233"), spacing tidied. */
    private static String vehicleNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolated.onField("vehicle_number", "validation.NotBlank");
        }
        var plate = raw.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (plate.length() > 30) {
            throw RuleViolated.onField("vehicle_number", "validation.Size.max", 30);
        }
        return plate;
    }

    private static BigDecimal tonnes(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            throw RuleViolated.onField(field, "validation.NotNull");
        }
        if (value.signum() <= 0) {
            throw RuleViolated.onField(field, "validation.Positive");
        }
        if (value.compareTo(max) > 0) {
            throw RuleViolated.onField(field, "validation.Max", max.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw RuleViolated.onField(field, "validation.Digits");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }



    private String corporation(String raw) {
        var code = WardRef.corporationCode(raw);
        if (code != null && geography.cityCorporations().stream().noneMatch(c -> c.code().equals(code))) {
            throw RuleViolated.onField("city_corporation", "geo.city-corporation.unknown", code);
        }
        return code;
    }

    private static Integer zone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(Digits.toAscii(raw.strip()));
        } catch (NumberFormatException e) {
            throw RuleViolated.onField("zone", "problem.field.wrong-type");
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
