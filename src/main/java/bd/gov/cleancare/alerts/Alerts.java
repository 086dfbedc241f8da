package bd.gov.cleancare.alerts;

import bd.gov.cleancare.alerts.internal.AlertEvent;
import bd.gov.cleancare.alerts.internal.AlertProperties;
import bd.gov.cleancare.alerts.internal.AlertRepository;
import bd.gov.cleancare.alerts.internal.AlertRow;
import bd.gov.cleancare.alerts.internal.AlertSubjects;
import bd.gov.cleancare.alerts.internal.AlertTokens;
import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.geography.Coordinates;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.sms.Sms;
import bd.gov.cleancare.platform.sms.SmsNotSent;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.time.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen's alert subscriptions (each sees and deletes only their own), the one-tap unsubscribe
 * behind a signed link, and the daily SMS digest. The fan-out itself reacts to complaint events
 * ({@code internal.AlertFanout}).
 */
@Service
public class Alerts {

    public static final int MIN_RADIUS = 100;
    public static final int MAX_RADIUS = 5000;

    private static final Logger log = LoggerFactory.getLogger(Alerts.class);

    private final AlertRepository alerts;
    private final AlertTokens tokens;
    private final AlertSubjects subjects;
    private final AlertProperties properties;
    private final Geography geography;
    private final Sms sms;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate eachDigest;
    private final String publicUrl;

    Alerts(AlertRepository alerts, AlertTokens tokens, AlertSubjects subjects, AlertProperties properties, Geography geography, Sms sms,
            MessageSource messages, Clock clock, PlatformTransactionManager transactions,
            @Value("${cleancare.public-url:http://localhost:8080}") String publicUrl) {
        this.alerts = alerts;
        this.tokens = tokens;
        this.subjects = subjects;
        this.properties = properties;
        this.geography = geography;
        this.sms = sms;
        this.messages = messages;
        this.clock = clock;
        this.eachDigest = new TransactionTemplate(transactions);
        this.eachDigest.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.publicUrl = publicUrl;
    }

    @Transactional
    public AlertView subscribe(CurrentUser me, AlertForm form) {
        boolean byWard = !blank(form.cityCorporation()) || !blank(form.wardNumber());
        boolean byPoint = form.latitude() != null || form.longitude() != null || form.radiusMeters() != null;
        if (byWard && byPoint) {
            throw RuleViolated.onField("ward_number", "alert.place.one");
        }
        if (!byWard && !byPoint) {
            throw RuleViolated.onField("ward_number", "alert.place.required");
        }
        var ward = byWard ? geography.requireWardOrDefault(form.cityCorporation(), form.wardNumber()) : null;
        Coordinates point = null;
        if (byPoint) {
            if (form.latitude() == null && form.longitude() == null) {
                throw RuleViolated.onField("latitude", "alert.point.required");
            }
            point = Coordinates.of(form.latitude(), form.longitude());
            if (form.radiusMeters() == null || form.radiusMeters() < MIN_RADIUS || form.radiusMeters() > MAX_RADIUS) {
                throw RuleViolated.onField("radius_meters", "alert.radius.range", MIN_RADIUS, MAX_RADIUS);
            }
        }
        var categories = form.categories() == null ? List.<String>of() : form.categories().stream()
                .map(raw -> StoredValue.parse(Category.class, "categories", raw))
                .distinct().sorted().map(Category::code).toList();
        boolean notifyNew = Boolean.TRUE.equals(form.newComplaints());
        boolean notifyStatus = Boolean.TRUE.equals(form.statusChanges());
        if (!notifyNew && !notifyStatus) {
            throw RuleViolated.onField("new_complaints", "alert.kind.required");
        }
        if (alerts.countOf(me.id()) >= properties.perUser()) {
            throw new RuleViolated("alert.too-many", properties.perUser());
        }
        var row = alerts.insert(new AlertRow(UUID.randomUUID(), me.id(), ward == null ? null : ward.cityCorporation(),
                ward == null ? null : ward.wardNumber(), point == null ? null : point.latitude(),
                point == null ? null : point.longitude(), byPoint ? form.radiusMeters() : null, categories, notifyNew, notifyStatus,
                Boolean.TRUE.equals(form.smsDigest()), clock.instant()));
        return view(row);
    }

    /** All of mine (at most {@code cleancare.alerts.per-user}), newest first. */
    @Transactional(readOnly = true)
    public List<AlertView> mine(CurrentUser me) {
        return alerts.of(me.id(), properties.perUser()).stream().map(this::view).toList();
    }

    @Transactional
    public void delete(CurrentUser me, UUID id) {
        if (!alerts.delete(me.id(), id)) {
            throw new NotFound("alert.not-found");
        }
    }

    /** What a link would stop; a forged link or one already used is NotFound. */
    @Transactional(readOnly = true)
    public UnsubscribeOffer offer(String token) {
        var row = alerts.find(tokens.verify(token)).orElseThrow(() -> new NotFound("alert.not-found"));
        return new UnsubscribeOffer(row.cityCorporation(), row.wardNumber(), row.radiusMeters(), row.categories(), row.notifyNew(),
                row.notifyStatus());
    }

    /** The one tap: no login, the signed link is the credential; it works once (the subscription is gone after). */
    @Transactional
    public void unsubscribe(String token) {
        if (!alerts.delete(tokens.verify(token))) {
            throw new NotFound("alert.not-found");
        }
    }

    /**
     * My subscriptions behind an alert about this complaint ({@code kind} new or status): what the
     * message's stop link stops. None when the complaint is no longer public.
     */
    @Transactional(readOnly = true)
    public List<AlertView> behind(CurrentUser me, UUID complaintId, String kind) {
        return matching(me, complaintId, kind).stream().map(this::view).toList();
    }

    /** The stop link's one tap: deletes my subscriptions behind that alert; returns what it stopped. */
    @Transactional
    public List<AlertView> stop(CurrentUser me, UUID complaintId, String kind) {
        var stopped = matching(me, complaintId, kind);
        stopped.forEach(row -> alerts.delete(me.id(), row.id()));
        return stopped.stream().map(this::view).toList();
    }

    private List<AlertRow> matching(CurrentUser me, UUID complaintId, String kind) {
        var alertKind = java.util.Arrays.stream(AlertEvent.Kind.values()).filter(k -> k.code().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFound("alert.not-found"));
        return subjects.publicly(complaintId)
                .map(complaint -> alerts.matchingOf(me.id(), AlertSubjects.event(alertKind, complaint, List.of())))
                .orElse(List.of());
    }

    /**
     * Sends each subscription with news its day's one SMS: the count, the newest tracking numbers and
     * the unsubscribe link, bounded in length. Each subscription in its own transaction: the day is
     * claimed with the send, so a gateway failure leaves it for the next run and a success is never repeated today.
     */
    public int sendDigests() {
        var today = LocalDate.ofInstant(clock.instant(), ClockConfig.DHAKA);
        int sent = 0;
        UUID after = null;
        while (true) {
            var due = alerts.dueDigests(today, after, properties.batch());
            if (due.isEmpty()) {
                return sent;
            }
            for (var digest : due) {
                try {
                    Boolean done = eachDigest.execute(status -> {
                        if (!alerts.claimDigest(digest.subscriptionId(), today)) {
                            return false;
                        }
                        alerts.clearDigest(digest.subscriptionId(), clock.instant());
                        sms.send(digest.phone(), digestText(digest));
                        return true;
                    });
                    sent += Boolean.TRUE.equals(done) ? 1 : 0;
                } catch (SmsNotSent failed) {
                    log.warn("alert digest not sent, kept for the next run: {}", failed.getMessage());
                }
            }
            after = due.getLast().subscriptionId();
        }
    }

    String digestText(AlertRepository.DueDigest digest) {
        var language = "en".equals(digest.language()) ? "en" : "bn";
        var place = digest.wardNumber() != null
                ? text(language, "alert.place.ward", digest.cityCorporation(), number(language, digest.wardNumber()))
                : text(language, "alert.place.radius", number(language, String.valueOf(digest.radiusMeters())));
        var numbers = String.join(", ", digest.latest()) + (digest.items() > digest.latest().size() ? " …" : "");
        var text = text(language, "alert.sms.digest", place, number(language, String.valueOf(digest.items())), numbers,
                publicUrl + "/alerts/unsubscribe/" + tokens.issue(digest.subscriptionId()));
        // the link must survive: the place and the numbers are what is cut when a long public URL is configured
        if (text.length() > properties.smsMaxChars()) {
            text = text(language, "alert.sms.digest.short", number(language, String.valueOf(digest.items())),
                    publicUrl + "/alerts/unsubscribe/" + tokens.issue(digest.subscriptionId()));
        }
        return text.length() > properties.smsMaxChars() ? text.substring(0, properties.smsMaxChars()) : text;
    }

    private AlertView view(AlertRow row) {
        return new AlertView(row.id(), row.cityCorporation(), row.wardNumber(), row.latitude(), row.longitude(), row.radiusMeters(),
                row.categories(), row.notifyNew(), row.notifyStatus(), row.smsDigest(), row.createdAt(),
                publicUrl + "/alerts/unsubscribe/" + tokens.issue(row.id()));
    }

    private static String number(String language, String digits) {
        return "en".equals(language) ? digits : Digits.toBengali(digits);
    }

    private String text(String language, String key, Object... args) {
        var locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("bn");
        return messages.getMessage(key, args, key, locale);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
