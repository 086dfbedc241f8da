package bd.gov.cleancare.complaints;

import bd.gov.cleancare.complaints.internal.ComplaintAccess;
import bd.gov.cleancare.complaints.internal.ComplaintFilter;
import bd.gov.cleancare.complaints.internal.ComplaintPhotos;
import bd.gov.cleancare.complaints.internal.ComplaintRepository;
import bd.gov.cleancare.complaints.internal.ComplaintRow;
import bd.gov.cleancare.complaints.internal.ComplaintWorkflow;
import bd.gov.cleancare.complaints.internal.DueTimes;
import bd.gov.cleancare.complaints.internal.FollowUpProperties;
import bd.gov.cleancare.complaints.internal.ModerationRepository;
import bd.gov.cleancare.complaints.internal.ReopenRepository;
import bd.gov.cleancare.complaints.internal.ResponseTemplateRepository;
import bd.gov.cleancare.complaints.internal.ValidComplaint;
import bd.gov.cleancare.geography.Coordinates;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.WardRef;
import bd.gov.cleancare.identity.PhoneNumber;
import bd.gov.cleancare.identity.UserView;
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
import bd.gov.cleancare.platform.security.WardScopes.Action;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The citizen's complaint journey (seed §2.3, §3): filing with a tracking number, the ward's
 * handling through the status workflow, photos, rating, public tracking and the nearby hint.
 */
@Service
public class Complaints {

    static final int MAX_IMAGES = 5;
    static final int MAX_NEARBY_RADIUS_M = 2000;
    private static final Pattern TRACKING_NUMBER = Pattern.compile("CC\\d{12,}");

    private final ComplaintRepository complaints;
    private final ComplaintAccess access;
    private final ComplaintPhotos photos;
    private final Geography geography;
    private final Users users;
    private final SlidingWindows windows;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final DueTimes dueTimes;
    private final int filingsPerHour;
    private final ReopenRepository reopens;
    private final FollowUpProperties afterResolution;
    private final org.springframework.context.MessageSource messages;
    private final ModerationRepository moderation;
    private final CategoryQuestions questions;
    private final ResponseTemplateRepository templates;

    Complaints(ComplaintRepository complaints, ComplaintAccess access, ComplaintPhotos photos, Geography geography, Users users,
            SlidingWindows windows, ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions,
            AuditTrail audit, DueTimes dueTimes, @Value("${cleancare.complaints.filings-per-hour:20}") int filingsPerHour,
            ReopenRepository reopens, FollowUpProperties afterResolution, org.springframework.context.MessageSource messages,
            ModerationRepository moderation, CategoryQuestions questions, ResponseTemplateRepository templates) {
        this.moderation = moderation;
        this.questions = questions;
        this.templates = templates;
        this.reopens = reopens;
        this.afterResolution = afterResolution;
        this.messages = messages;
        this.audit = audit;
        this.dueTimes = dueTimes;
        this.transactions = transactions;
        this.filingsPerHour = filingsPerHour;
        this.complaints = complaints;
        this.access = access;
        this.photos = photos;
        this.geography = geography;
        this.users = users;
        this.windows = windows;
        this.events = events;
        this.clock = clock;
    }

    /** Files a complaint in the citizen's ward unless another is given; the tracking number follows by SMS. */
    public ComplaintDetail file(CurrentUser me, NewComplaint form) {
        return file(me, form, Source.APP, null, null).complaint();
    }

    /** A filing and whether it was a retry answered with the complaint filed the first time. */
    public record Filed(ComplaintDetail complaint, boolean replayed) {
    }

    /**
     * Files from the app; a retry with the same {@code idempotencyKey} (at most 100 characters) gets
     * the first complaint back, however concurrently it comes. The same key with another title,
     * description or category is refused: the key was reused, and the second complaint would be lost.
     */
    public Filed file(CurrentUser me, NewComplaint form, String idempotencyKey) {
        return file(me, form, Source.APP, null, idempotencyKey);
    }

    /** As {@link #file(CurrentUser, NewComplaint, String)}, from the web pages: the complaint records it came from the web. */
    public Filed fileOnWeb(CurrentUser me, NewComplaint form, String idempotencyKey) {
        return file(me, form, Source.WEB, null, idempotencyKey);
    }

    /**
     * Assisted reporting: staff at the hotline file for a caller, by phone number, in a ward they may
     * create complaints in (admins their wards, super admins any). A caller without an account gets an
     * unverified citizen record; the tracking number goes to the caller by SMS, and the complaint
     * records who filed it and that it came from the hotline.
     */
    public ComplaintDetail fileAssisted(CurrentUser me, AssistedComplaint form) {
        if (!me.type().isStaff() || me.type() == UserType.SERVICE_PROVIDER) {
            throw new Forbidden("complaint.assisted.staff-only");
        }
        var phone = PhoneNumber.parse("phone", form.phone());
        var complaint = form.complaint();
        if (blank(complaint.wardNumber())) {
            throw RuleViolated.onField("ward_number", "validation.NotBlank");
        }
        var ward = geography.requireWardOrDefault(complaint.cityCorporation(), complaint.wardNumber());
        if (!access.mayFileIn(me, ward.cityCorporation(), ward.wardNumber())) {
            throw new Forbidden("complaint.assisted.not-your-ward");
        }
        // the whole complaint is checked before anyone's account is created for it
        content(complaint, ward);
        var caller = users.ensureCallerAccount(me, phone, form.name(), form.language(), ward.cityCorporation(), ward.wardNumber());
        var account = users.find(caller.id()).orElseThrow();
        var filed = file(new CurrentUser(account.id(), account.phone(), UserType.CITIZEN, null, null), complaint, Source.HOTLINE, me,
                null).complaint();
        return detail(me, complaints.find(filed.id()).orElseThrow(), account);
    }

    /**
     * Files for an account that is not signed in through the app: a partner (Open311) whose API key
     * is limited on its own, so the per-citizen hourly limit does not apply.
     */
    public ComplaintDetail fileAs(UUID accountId, NewComplaint form) {
        var account = users.find(accountId).orElseThrow(() -> new NotFound("user.not-found"));
        return file(new CurrentUser(account.id(), account.phone(), UserType.of(account.userType()), null, null), form, Source.OPEN311,
                null, null).complaint();
    }

    /** Who belongs to a complaint (its chat room): the citizen, its ward, its assignee. */
    public record Participants(UUID complaintId, UUID ownerId, String cityCorporation, String wardNumber, UUID assignedTo,
            String trackingNumber) {
    }

    @Transactional
    public java.util.Optional<Participants> participants(UUID complaintId) {
        return complaints.find(complaintId).map(c -> new Participants(c.id(), c.userId(), c.cityCorporation(), c.wardNumber(),
                c.assignedTo(), c.trackingNumber()));
    }

    /** For listeners of ComplaintFiled: the number the filing got. */
    @Transactional
    public java.util.Optional<String> trackingNumber(UUID complaintId) {
        return complaints.find(complaintId).map(ComplaintRow::trackingNumber);
    }

    /** A complaint as the gallery may show its work: where, how far it got, and its photos; nobody's name or words. */
    public record WorkPhotos(UUID complaintId, String cityCorporation, String wardNumber, Status status, List<String> imageUrls) {
    }

    /**
     * For the gallery's before/after pictures: the caller decides who may use them. A complaint hidden from the public
     * (moderated or held) has none to give.
     */
    @Transactional
    public java.util.Optional<WorkPhotos> workPhotos(UUID complaintId) {
        return complaints.find(complaintId).filter(ComplaintRow::isPublic).map(c -> new WorkPhotos(c.id(), c.cityCorporation(), c.wardNumber(), c.status(),
                complaints.images(c.id()).stream().map(ComplaintDetail.Image::imageUrl).toList()));
    }

    /** Public complaints across the city, newest first (Open311 GET requests). */
    @Transactional(readOnly = true)
    public List<PublicComplaint> publicComplaints(PublicComplaintQuery query) {
        return complaints.publicComplaints(query, (c, shownName) -> reportedBy(c, shownName));
    }

    /** {@code staff}: who filed it for the citizen (the hotline), else null. */
    private Filed file(CurrentUser me, NewComplaint form, Source source, CurrentUser staff, String idempotencyKey) {
        var key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw RuleViolated.onField("Idempotency-Key", "complaint.idempotency.too-long");
        }
        var filer = users.find(me.id()).orElseThrow(() -> new NotFound("user.not-found"));
        var ward = form.wardNumber() == null && form.cityCorporation() == null
                ? (filer.wardNumber() == null ? null : new WardRef(filer.cityCorporation(), filer.wardNumber()))
                : geography.requireWardOrDefault(form.cityCorporation(), form.wardNumber());
        var content = content(form, ward);
        var answers = questions.checked(content.category(), form.answers());
        if (key != null) {
            var earlier = complaints.byIdempotencyKey(me.id(), key);
            if (earlier.isPresent()) {
                return replayed(me, earlier.get(), content, filer);
            }
        }
        if (source == Source.APP || source == Source.WEB) {
            windows.acquire("cc:complaints:filed:" + me.id(), filingsPerHour, Duration.ofHours(1)).ifPresent(wait -> {
                throw new TooManyRequests(wait, "complaint.too-many", filingsPerHour);
            });
        }
        var now = clock.instant();
        var id = UUID.randomUUID();
        var due = dueTimes.of(content.category(), content.priority(), content.cityCorporation(), now);
        // a citizen on the held list files as anyone else, but nobody else sees it until staff release it
        boolean held = moderation.isHeld(me.id());
        try {
            // The insert locks the day's tracking counter until commit, and every filing of the day waits
            // for it: so it is the transaction's last statement, after the event is recorded.
            var row = transactions.execute(status -> {
                events.publishEvent(new ComplaintFiled(id, me.id(), content.category().code(), content.cityCorporation(),
                        content.wardNumber(), now, source.textsCitizen()));
                if (staff != null) {
                    audit.record(staff, "complaint.filed_for_caller", "complaint", id, java.util.Map.of("source", source.code(),
                            "citizen_id", me.id().toString(), "ward", content.cityCorporation() + "/" + content.wardNumber()));
                }
                return complaints.insert(id, me.id(), content, source.code(), staff == null ? null : staff.id(), now,
                        LocalDate.ofInstant(now, ClockConfig.DHAKA), due, held, answers, key);
            });
            return new Filed(detail(me, row, filer), false);
        } catch (org.springframework.dao.DuplicateKeyException sameKey) {
            // a concurrent retry with the same key committed first; this one rolled back whole (event, counter)
            var first = key == null ? null : complaints.byIdempotencyKey(me.id(), key).orElse(null);
            if (first == null) {
                throw sameKey;
            }
            return replayed(me, first, content, filer);
        }
    }

    private Filed replayed(CurrentUser me, ComplaintRow first, ValidComplaint retry, UserView filer) {
        if (!first.title().equals(retry.title()) || !first.description().equals(retry.description())
                || first.category() != retry.category()) {
            throw new Conflict("complaint.idempotency.reused");
        }
        return new Filed(detail(me, first, filer), true);
    }

    private ValidComplaint content(NewComplaint form, WardRef ward) {
        var coordinates = Coordinates.of(form.latitude(), form.longitude());
        return new ValidComplaint(
                text("title", form.title(), 200), text("description", form.description(), 5000),
                StoredValue.parse(Category.class, "category", form.category()),
                form.priority() == null || form.priority().isBlank() ? Priority.MEDIUM : StoredValue.parse(Priority.class, "priority", form.priority()),
                text("location", form.location(), 255),
                coordinates == null ? null : coordinates.latitude(), coordinates == null ? null : coordinates.longitude(),
                ward == null ? null : ward.wardNumber(), ward == null ? null : ward.cityCorporation());
    }

    @Transactional(readOnly = true)
    public Slice<ComplaintSummary> list(CurrentUser me, ComplaintQuery query, PageQuery page) {
        var filter = new ComplaintFilter(
                blank(query.status()) ? null : StoredValue.parse(Status.class, "status", query.status()),
                blank(query.category()) ? null : StoredValue.parse(Category.class, "category", query.category()),
                blank(query.priority()) ? null : StoredValue.parse(Priority.class, "priority", query.priority()),
                WardRef.wardNumber(query.wardNumber()),
                WardRef.corporationCode(query.cityCorporation()),
                blank(query.assignedTo()) ? null : uuid("assigned_to", query.assignedTo()),
                blank(query.createdFrom()) ? null : instant("created_from", query.createdFrom(), false),
                blank(query.createdTo()) ? null : instant("created_to", query.createdTo(), true),
                blank(query.search()) ? null : query.search().strip(),
                blank(query.ordering()) ? null : query.ordering().strip(),
                blank(query.held()) ? null : flag("held", query.held()));
        return complaints.list(access.listVisibility(me), filter, page, clock.instant());
    }

    @Transactional
    public ComplaintDetail get(CurrentUser me, UUID id) {
        return detail(me, visible(me, id), null);
    }

    /**
     * Content edits: the citizen while it is still submitted; ward staff to correct it. A status,
     * assignment or comment in the same request goes through the workflow.
     */
    @Transactional
    public ComplaintDetail edit(CurrentUser me, UUID id, ComplaintChanges changes) {
        var complaint = lockVisible(me, id);
        if (changes.touchesContent()) {
            boolean ownerMayEdit = access.isOwner(me, complaint) && complaint.status() == Status.SUBMITTED;
            if (!ownerMayEdit && !access.staffMay(me, complaint, Action.UPDATE)) {
                throw access.isOwner(me, complaint) ? new Conflict("complaint.edit.not-submitted") : new Forbidden("problem.forbidden");
            }
            var content = merged(complaint, changes);
            complaints.updateContent(id, content);
            if (content.category() != complaint.category() || content.priority() != complaint.priority()) {
                // the deadline follows the corrected category or priority, still counted from filing
                complaints.setDueTimes(id, dueTimes.of(content.category(), content.priority(), content.cityCorporation(),
                        complaint.createdAt()));
            }
            audit.record(me, "complaint.edited", "complaint", id, java.util.Map.of("tracking_number", complaint.trackingNumber(),
                    "category", content.category().code(), "priority", content.priority().code(),
                    "ward", String.valueOf(content.cityCorporation()) + "/" + content.wardNumber()));
        }
        if (changes.hideName() != null && changes.hideName() != complaint.hideName()) {
            if (!access.isOwner(me, complaint)) {
                throw new Forbidden("complaint.hide-name.not-yours");
            }
            complaints.setHideName(id, changes.hideName());
        }
        if (changes.touchesHandling()) {
            handle(me, complaints.lock(id).orElseThrow(), changes.status(), changes.assignedTo(), changes.comment(), changes.templateId());
        }
        return detail(me, complaints.find(id).orElseThrow(), null);
    }

    /** The citizen may delete while it is submitted; ward staff with the delete permission any time. Files go too. */
    @Transactional
    public void delete(CurrentUser me, UUID id) {
        var complaint = lockVisible(me, id);
        boolean ownerMayDelete = access.isOwner(me, complaint) && complaint.status() == Status.SUBMITTED;
        if (!ownerMayDelete && !access.staffMay(me, complaint, Action.DELETE)) {
            throw access.isOwner(me, complaint) ? new Conflict("complaint.delete.not-submitted") : new Forbidden("problem.forbidden");
        }
        var files = complaints.fileUrls(id);
        complaints.delete(id);
        audit.record(me, "complaint.deleted", "complaint", id, java.util.Map.of("tracking_number", complaint.trackingNumber()));
        photos.deleteAfterCommit(files);
    }

    /** Up to five photos; the public copies lose their metadata, and their GPS fills a missing map pin. */
    @Transactional
    public List<ComplaintDetail.Image> addImages(CurrentUser me, UUID id, List<Upload> uploads) {
        var complaint = lockVisible(me, id);
        boolean allowed = (access.isOwner(me, complaint) && complaint.status().isOpen())
                || access.staffMay(me, complaint, Action.UPDATE) || access.isAssignee(me, complaint);
        if (!allowed) {
            throw access.isOwner(me, complaint) ? new Conflict("complaint.images.closed") : new Forbidden("problem.forbidden");
        }
        if (uploads.isEmpty()) {
            throw RuleViolated.onField("image", "problem.field.required");
        }
        if (complaints.imageCount(id) + uploads.size() > MAX_IMAGES) {
            throw RuleViolated.onField("image", "complaint.images.too-many", MAX_IMAGES);
        }
        var stored = photos.store(id, uploads);
        audit.record(me, "complaint.images_added", "complaint", id, java.util.Map.of("count", stored.size()));
        var now = clock.instant();
        for (var photo : stored) {
            complaints.addImage(id, photo.imageUrl(), photo.thumbnailUrl(), photo.name(), photo.size(), photo.width(), photo.height(), now);
            photo.gps().filter(gps -> Coordinates.inside(gps.latitude(), gps.longitude()))
                    .ifPresent(gps -> complaints.setCoordinatesIfMissing(id, scaled(gps.latitude()), scaled(gps.longitude())));
        }
        return complaints.images(id);
    }

    @Transactional
    public Slice<ComplaintUpdateView> updates(CurrentUser me, UUID id, PageQuery page) {
        visible(me, id);
        return complaints.updates(id, page, me.type().isStaff());
    }

    /** Whom the caller may give this complaint to: the ward's active admins and service providers; nobody unless they may update it. */
    @Transactional
    public List<ComplaintDetail.Person> assignees(CurrentUser me, UUID id) {
        var complaint = visible(me, id);
        if (!access.staffMay(me, complaint, Action.UPDATE)) {
            return List.of();
        }
        return access.wardStaff(complaint).stream().map(users::find).flatMap(java.util.Optional::stream)
                .filter(UserView::isActive)
                .filter(user -> access.assignable(user.id(), UserType.of(user.userType()), complaint))
                .map(user -> new ComplaintDetail.Person(user.id(), user.name(), user.userType(), null))
                .toList();
    }

    /** The seed's "add complaint update": a status change, an assignment, a comment, or several at once. */
    @Transactional
    public ComplaintDetail addUpdate(CurrentUser me, UUID id, String status, UUID assignedTo, String comment) {
        return addUpdate(me, id, status, assignedTo, comment, null);
    }

    /**
     * With a response template ({@code templateId}, staff only): the status is the template's unless
     * given (then it must be the template's), and the template's text in the citizen's language becomes
     * the public update unless a comment is given.
     */
    @Transactional
    public ComplaintDetail addUpdate(CurrentUser me, UUID id, String status, UUID assignedTo, String comment, UUID templateId) {
        if (blank(status) && assignedTo == null && blank(comment) && templateId == null) {
            throw RuleViolated.onField("new_status", "complaint.update.empty");
        }
        handle(me, lockVisible(me, id), status, assignedTo, comment, templateId);
        return detail(me, complaints.find(id).orElseThrow(), null);
    }

    /** Whether staff may file for a caller in this ward (the assisted form offers those wards). */
    public boolean mayFileIn(CurrentUser me, String cityCorporation, String wardNumber) {
        return access.mayFileIn(me, cityCorporation, wardNumber);
    }

    /** The active templates staff may choose on this complaint (its category's and those for any), by status. */
    @Transactional(readOnly = true)
    public List<ResponseTemplate> responseTemplates(CurrentUser me, UUID id) {
        var complaint = visible(me, id);
        if (!access.staffMay(me, complaint, Action.UPDATE)) {
            return List.of();
        }
        return templates.forCategory(complaint.category());
    }

    /** The complainant rates a resolved complaint once, 1 to 5 (the dashboard's satisfaction score). */
    @Transactional
    public ComplaintDetail rate(CurrentUser me, UUID id, Integer rating, String comment) {
        var complaint = lockVisible(me, id);
        if (!access.isOwner(me, complaint)) {
            throw new Forbidden("complaint.rating.not-yours");
        }
        if (rating == null || rating < 1 || rating > 5) {
            throw RuleViolated.onField("rating", "complaint.rating.range");
        }
        if (complaint.status() != Status.RESOLVED) {
            throw new Conflict("complaint.rating.not-resolved");
        }
        if (complaint.rating() != null) {
            throw new Conflict("complaint.rating.already");
        }
        complaints.rate(id, rating, blank(comment) ? null : text("comment", comment, 2000), clock.instant());
        return detail(me, complaints.find(id).orElseThrow(), null);
    }

    /**
     * "Not fixed": within the window after resolution (default 14 days) the complaint's citizen, or one
     * of its supporters, re-opens it with a comment and an optional photo; its assignee and ward office
     * are told. The citizen gets the complaint back; a supporter its public timeline (never the filer's
     * name or phone). Staff who may see it are refused (they use the workflow); anyone else does not
     * learn it exists.
     */
    @Transactional
    public ComplaintView reopen(CurrentUser me, UUID id, String comment, Upload photo) {
        var complaint = complaints.lock(id).orElseThrow(() -> new NotFound("complaint.not-found"));
        boolean owner = access.isOwner(me, complaint);
        if (!access.mayReopen(me, complaint, !owner && complaints.supports(id, me.id()))) {
            access.visible(me, complaint);
            throw new Forbidden("complaint.reopen.not-yours");
        }
        var reason = text("comment", comment, 2000);
        var now = clock.instant();
        ComplaintWorkflow.checkReopen(complaint.status(), complaint.resolvedAt(), now, afterResolution.reopenWindow());
        String imageUrl = null;
        if (photo != null && photo.content() != null && photo.content().length > 0) {
            if (complaints.imageCount(id) + 1 > MAX_IMAGES) {
                throw RuleViolated.onField("image", "complaint.images.too-many", MAX_IMAGES);
            }
            var stored = photos.store(id, List.of(photo)).getFirst();
            complaints.addImage(id, stored.imageUrl(), stored.thumbnailUrl(), stored.name(), stored.size(), stored.width(),
                    stored.height(), now);
            imageUrl = stored.imageUrl();
        }
        reopened(complaint, me.id(), owner ? "citizen" : "supporter", reason, imageUrl, now);
        return owner ? detail(me, complaints.find(id).orElseThrow(), null) : track(complaint.trackingNumber());
    }

    /** Until when a supporter may say "not fixed" about the complaint with this tracking number, if they may now. */
    @Transactional(readOnly = true)
    public java.util.Optional<Reopenable> reopenableBySupporter(CurrentUser me, String trackingNumber) {
        var number = typedTrackingNumber(trackingNumber);
        return complaints.findByTrackingNumber(number)
                .filter(c -> !access.isOwner(me, c) && access.mayReopen(me, c, complaints.supports(c.id(), me.id())))
                .flatMap(c -> java.util.Optional.ofNullable(reopenableUntil(c)).map(until -> new Reopenable(c.id(), until)));
    }

    /** A tracking number as people type it: Bengali digits, spaces around, lower case. */
    private static String typedTrackingNumber(String typed) {
        return Digits.toAscii(typed == null ? "" : typed.strip()).toUpperCase(java.util.Locale.ROOT);
    }

    /** A resolved complaint the caller may still re-open, and until when. */
    public record Reopenable(UUID complaintId, Instant until) {
    }

    /**
     * The follow-up's "no": re-opens the complaint on its citizen's behalf if it is still resolved
     * (staff may have moved it meanwhile); tells whether it did.
     */
    @Transactional
    public boolean reopenFromFollowUp(UUID id) {
        var complaint = complaints.lock(id).orElseThrow(() -> new NotFound("complaint.not-found"));
        if (complaint.status() != Status.RESOLVED || complaint.resolvedAt() == null) {
            return false;
        }
        reopened(complaint, complaint.userId(), "follow_up", null, null, clock.instant());
        return true;
    }

    private void reopened(ComplaintRow complaint, UUID by, String via, String comment, String imageUrl, Instant now) {
        complaints.changeStatus(complaint.id(), Status.REOPENED, null);
        // a re-opened complaint gets deadlines of its own, counted from now, and its overdue steps start over
        complaints.restartDeadlines(complaint.id(), dueTimes.of(complaint.category(), complaint.priority(), complaint.cityCorporation(), now));
        complaints.addUpdate(complaint.id(), by, Status.RESOLVED, Status.REOPENED, comment, null, now);
        reopens.insert(complaint, by, via, comment, imageUrl, now);
        events.publishEvent(new ComplaintStatusChanged(complaint.id(), complaint.trackingNumber(), complaint.userId(),
                Status.RESOLVED.code(), Status.REOPENED.code(), comment, by, now, complaint.source().textsCitizen()));
        events.publishEvent(new ComplaintReopened(complaint.id(), complaint.trackingNumber(), complaint.userId(),
                complaint.assignedTo(), complaint.cityCorporation(), complaint.wardNumber(), by, via, comment, now));
    }

    /** The ward office of a complaint: the active staff who may handle it (whom a re-open is told). */
    @Transactional(readOnly = true)
    public List<UUID> wardOffice(UUID complaintId) {
        return complaints.find(complaintId).map(c -> access.wardStaff(c).stream().map(users::find).flatMap(java.util.Optional::stream)
                .filter(UserView::isActive).filter(user -> !"citizen".equals(user.userType()))
                .filter(user -> !"service_provider".equals(user.userType()))
                .map(UserView::id).toList()).orElse(List.of());
    }

    /** Open complaints within the radius, nearest first, so a citizen can join one instead of filing a duplicate. */
    @Transactional(readOnly = true)
    public List<NearbyComplaint> nearby(String latitude, String longitude, String radiusMeters, String category) {
        var point = Coordinates.of(decimal("lat", latitude), decimal("lng", longitude));
        if (point == null) {
            throw RuleViolated.onField("lat", "validation.NotBlank");
        }
        int radius = blank(radiusMeters) ? 250 : integer("radius_m", radiusMeters);
        if (radius < 1 || radius > MAX_NEARBY_RADIUS_M) {
            throw RuleViolated.onField("radius_m", "complaint.nearby.radius", MAX_NEARBY_RADIUS_M);
        }
        var cat = blank(category) ? null : StoredValue.parse(Category.class, "category", category);
        return complaints.nearby(point.latitude().doubleValue(), point.longitude().doubleValue(), radius, cat, 20);
    }

    /** Where a citizen's support stands: the complaint's count and whether they support it. */
    public record Support(UUID complaintId, String trackingNumber, int supportCount, boolean supported) {
    }

    /**
     * "Me too": a verified citizen supports someone else's open public complaint, once (a repeat
     * changes nothing), and from then on hears of its status changes.
     */
    @Transactional
    public Support support(CurrentUser me, UUID id) {
        var complaint = supportable(me, id);
        if (access.isOwner(me, complaint)) {
            throw new Conflict("complaint.support.own");
        }
        if (!complaint.status().isOpen()) {
            throw new Conflict("complaint.support.closed");
        }
        if (complaints.addSupport(id, me.id(), clock.instant())) {
            return new Support(id, complaint.trackingNumber(), complaint.supportCount() + 1, true);
        }
        return new Support(id, complaint.trackingNumber(), complaint.supportCount(), true);
    }

    /** Takes a support back (any time); no support to take back changes nothing. */
    @Transactional
    public Support withdrawSupport(CurrentUser me, UUID id) {
        var complaint = supportable(me, id);
        boolean removed = complaints.removeSupport(id, me.id());
        return new Support(id, complaint.trackingNumber(), complaint.supportCount() - (removed ? 1 : 0), false);
    }

    /** Who follows a complaint's progress besides its citizen: its supporters. */
    @Transactional(readOnly = true)
    public List<UUID> supporters(UUID complaintId) {
        return complaints.supporters(complaintId);
    }

    /** Verified citizens only; a complaint hidden from the public exists for nobody but those who may see it. */
    private ComplaintRow supportable(CurrentUser me, UUID id) {
        if (me.type() != UserType.CITIZEN) {
            throw new Forbidden("complaint.support.citizens-only");
        }
        var complaint = complaints.lock(id).orElseThrow(() -> new NotFound("complaint.not-found"));
        if (!complaint.isPublic() && !access.isOwner(me, complaint)) {
            throw new NotFound("complaint.not-found");
        }
        if (!users.find(me.id()).map(UserView::isVerified).orElse(false)) {
            throw new Forbidden("complaint.support.unverified");
        }
        return complaint;
    }

    /** Public: the status timeline by tracking number, without anyone's name, phone or words. */
    @Transactional
    public TrackedComplaint track(String trackingNumber) {
        var number = typedTrackingNumber(trackingNumber);
        if (!TRACKING_NUMBER.matcher(number).matches()) {
            throw new NotFound("complaint.not-found");
        }
        var complaint = complaints.findByTrackingNumber(number).filter(ComplaintRow::isPublic)
                .orElseThrow(() -> new NotFound("complaint.not-found"));
        var timeline = new ArrayList<TrackedComplaint.Step>();
        timeline.add(new TrackedComplaint.Step(Status.SUBMITTED.stored(), Status.SUBMITTED.code(), complaint.createdAt()));
        timeline.addAll(complaints.statusSteps(complaint.id()));
        return new TrackedComplaint(complaint.trackingNumber(), complaint.category().stored(), complaint.category().code(),
                complaint.status().stored(), complaint.status().code(), complaint.wardNumber(), complaint.cityCorporation(),
                complaint.createdAt(), complaint.resolvedAt(), timeline,
                reportedBy(complaint, complaints.shownName(complaint.id()).orElse(null)),
                complaint.duplicateOf() == null ? null : complaints.find(complaint.duplicateOf()).filter(ComplaintRow::isPublic)
                        .map(ComplaintRow::trackingNumber).orElse(null));
    }

    private void handle(CurrentUser me, ComplaintRow complaint, String rawStatus, UUID assignedTo, String rawComment, UUID templateId) {
        var comment = blank(rawComment) ? null : text("comment", rawComment, 2000);
        var now = clock.instant();
        boolean wardStaff = access.staffMay(me, complaint, Action.UPDATE);
        if (templateId != null) {
            if (!wardStaff) {
                throw new Forbidden("complaint.template.staff-only");
            }
            var template = templates.find(templateId).filter(ResponseTemplate::isActive)
                    .orElseThrow(() -> RuleViolated.onField("template_id", "complaint.template.unknown"));
            if (template.category() != null && !template.category().equals(complaint.category().stored())) {
                throw RuleViolated.onField("template_id", "complaint.template.other-category");
            }
            if (blank(rawStatus)) {
                rawStatus = template.statusCode();
            } else if (!StoredValue.parse(Status.class, "new_status", rawStatus).code().equals(template.statusCode())) {
                throw RuleViolated.onField("template_id", "complaint.template.other-status");
            }
            if (comment == null) {
                comment = template.text(users.find(complaint.userId()).map(UserView::language).orElse("bn"));
            }
        }
        var actor = new ComplaintWorkflow.Actor(access.isOwner(me, complaint), access.isAssignee(me, complaint), wardStaff);
        var status = complaint.status();
        if (!blank(rawStatus)) {
            var target = StoredValue.parse(Status.class, "new_status", rawStatus);
            if (target != status) {
                ComplaintWorkflow.check(status, target, actor);
                complaints.changeStatus(complaint.id(), target, target == Status.RESOLVED ? now : null);
                var details = new java.util.LinkedHashMap<String, Object>();
                details.put("tracking_number", complaint.trackingNumber());
                details.put("from", status.code());
                details.put("to", target.code());
                details.put("comment", comment);
                audit.record(me, "complaint.status_changed", "complaint", complaint.id(), details);
                events.publishEvent(new ComplaintStatusChanged(complaint.id(), complaint.trackingNumber(), complaint.userId(),
                        status.code(), target.code(), comment, me.id(), now, complaint.source().textsCitizen()));
                status = target;
            }
        }
        UUID newAssignee = null;
        if (assignedTo != null && !assignedTo.equals(complaint.assignedTo())) {
            if (!wardStaff) {
                throw new Forbidden("complaint.assign.not-allowed");
            }
            var assignee = users.find(assignedTo).filter(UserView::isActive)
                    .orElseThrow(() -> RuleViolated.onField("assigned_to", "complaint.assign.unknown"));
            if (!access.assignable(assignee.id(), UserType.of(assignee.userType()), complaint)) {
                throw RuleViolated.onField("assigned_to", "complaint.assign.not-in-ward");
            }
            complaints.assign(complaint.id(), assignedTo);
            audit.record(me, "complaint.assigned", "complaint", complaint.id(), java.util.Map.of(
                    "tracking_number", complaint.trackingNumber(), "assigned_to", assignedTo.toString()));
            events.publishEvent(new ComplaintAssigned(complaint.id(), complaint.trackingNumber(), assignedTo, me.id(), now));
            newAssignee = assignedTo;
        }
        if (comment != null && !(actor.owner() || actor.assignee() || wardStaff)) {
            throw new Forbidden("problem.forbidden");
        }
        if (status != complaint.status() || newAssignee != null || comment != null) {
            complaints.addUpdate(complaint.id(), me.id(), complaint.status(), status, comment, newAssignee, now);
            if (wardStaff || actor.assignee()) {
                complaints.markResponded(complaint.id(), now);
            }
        }
        if (comment != null && status == complaint.status() && newAssignee == null) {
            audit.record(me, "complaint.commented", "complaint", complaint.id(), java.util.Map.of(
                    "tracking_number", complaint.trackingNumber(), "comment", comment));
            events.publishEvent(new ComplaintCommented(complaint.id(), complaint.trackingNumber(), complaint.userId(),
                    complaint.assignedTo(), me.id(), comment, now));
        }
    }

    private ComplaintRow visible(CurrentUser me, UUID id) {
        return access.visible(me, complaints.find(id).orElseThrow(() -> new NotFound("complaint.not-found")));
    }

    private ComplaintRow lockVisible(CurrentUser me, UUID id) {
        return access.visible(me, complaints.lock(id).orElseThrow(() -> new NotFound("complaint.not-found")));
    }

    private ValidComplaint merged(ComplaintRow current, ComplaintChanges changes) {
        var ward = changes.wardNumber() == null && changes.cityCorporation() == null
                ? new WardRef(current.cityCorporation(), current.wardNumber())
                : geography.requireWardOrDefault(
                        changes.cityCorporation() != null ? changes.cityCorporation() : current.cityCorporation(),
                        changes.wardNumber() != null ? changes.wardNumber() : current.wardNumber());
        var coordinates = changes.latitude() == null && changes.longitude() == null
                ? null : Coordinates.of(changes.latitude(), changes.longitude());
        return new ValidComplaint(
                changes.title() == null ? current.title() : text("title", changes.title(), 200),
                changes.description() == null ? current.description() : text("description", changes.description(), 5000),
                changes.category() == null ? current.category() : StoredValue.parse(Category.class, "category", changes.category()),
                changes.priority() == null ? current.priority() : StoredValue.parse(Priority.class, "priority", changes.priority()),
                changes.location() == null ? current.location() : text("location", changes.location(), 255),
                coordinates == null ? current.latitude() : coordinates.latitude(),
                coordinates == null ? current.longitude() : coordinates.longitude(),
                ward == null ? null : ward.wardNumber(), ward == null ? null : ward.cityCorporation());
    }

    private ComplaintDetail detail(CurrentUser me, ComplaintRow c, UserView knownFiler) {
        boolean staff = me.type().isStaff();
        var filer = knownFiler != null ? knownFiler : users.find(c.userId()).orElse(null);
        var assignee = c.assignedTo() == null ? null : users.find(c.assignedTo()).orElse(null);
        var user = filer == null ? null : filer.erasedAt() != null
                ? new ComplaintDetail.Person(null, citizenOfWard(c), filer.userType(), null)
                : new ComplaintDetail.Person(filer.id(), filer.name(), filer.userType(), staff || me.is(filer.id()) ? filer.phone() : null);
        var assigned = assignee == null ? null : new ComplaintDetail.Person(assignee.id(), assignee.name(), assignee.userType(),
                staff ? assignee.phone() : null);
        return new ComplaintDetail(c.id(), c.trackingNumber(), c.title(), c.description(),
                c.category().stored(), c.category().code(), c.priority().stored(), c.priority().code(),
                c.status().stored(), c.status().code(), c.location(), c.latitude(), c.longitude(), c.wardNumber(),
                c.cityCorporation(), c.userId(), user, c.assignedTo(), assigned, c.rating(), c.ratingComment(), c.ratedAt(),
                complaints.updateCount(c.id()), c.createdAt(), c.updatedAt(), c.resolvedAt(), c.responseDueAt(), c.resolutionDueAt(),
                ComplaintRepository.deadline(c, clock.instant()), c.supportCount(),
                me.type() == UserType.CITIZEN && complaints.supports(c.id(), me.id()), complaints.images(c.id()),
                c.hideName(), reopenableUntil(me, c), c.source().code(), staff ? c.filedBy() : null, c.duplicateOf(),
                c.duplicateOf() == null ? null : complaints.find(c.duplicateOf()).map(ComplaintRow::trackingNumber).orElse(null),
                c.isPublic(), c.held(), staff ? c.publicTitle() : null,
                staff ? c.publicDescription() : null, questions.answered(c.category(), c.answers()));
    }

    private Instant reopenableUntil(CurrentUser me, ComplaintRow c) {
        return access.mayReopen(me, c, false) ? reopenableUntil(c) : null;
    }

    private Instant reopenableUntil(ComplaintRow c) {
        if (c.status() != Status.RESOLVED || c.resolvedAt() == null) {
            return null;
        }
        var until = c.resolvedAt().plus(afterResolution.reopenWindow());
        return clock.instant().isAfter(until) ? null : until;
    }

    /** What the public sees of who filed it: their name when they show it, else "a citizen of ward 12" in the reader's language. */
    private String reportedBy(ComplaintRow c, String shownName) {
        return shownName != null ? shownName : citizenOfWard(c);
    }

    private String citizenOfWard(ComplaintRow c) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        boolean bengali = !"en".equals(locale.getLanguage());
        if (c.wardNumber() == null) {
            return messages.getMessage("complaint.reported-by.citizen", null, "a citizen", locale);
        }
        var ward = bengali ? Digits.toBengali(c.wardNumber()) : c.wardNumber();
        return messages.getMessage("complaint.reported-by.citizen-of-ward", new Object[] {ward}, "a citizen of ward " + ward, locale);
    }

    private static String text(String field, String raw, int max) {
        var value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw RuleViolated.onField(field, "validation.Size.max", max);
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean flag(String field, String raw) {
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw RuleViolated.onField(field, "problem.field.wrong-type");
        };
    }

    private static UUID uuid(String field, String raw) {
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolated.onField(field, "problem.field.wrong-type");
        }
    }

    private static BigDecimal decimal(String field, String raw) {
        if (blank(raw)) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        try {
            return new BigDecimal(Digits.toAscii(raw.strip()));
        } catch (NumberFormatException e) {
            throw RuleViolated.onField(field, "problem.field.wrong-type");
        }
    }

    private static int integer(String field, String raw) {
        try {
            return Integer.parseInt(Digits.toAscii(raw.strip()));
        } catch (NumberFormatException e) {
            throw RuleViolated.onField(field, "problem.field.wrong-type");
        }
    }

    /** A date (whole day in Dhaka) or a full ISO timestamp. */
    private static Instant instant(String field, String raw, boolean endOfDay) {
        var text = Digits.toAscii(raw.strip());
        try {
            if (text.length() == 10) {
                var day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ClockConfig.DHAKA).toInstant().minusNanos(endOfDay ? 1 : 0);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw RuleViolated.onField(field, "validation.datetime");
        }
    }

    private static BigDecimal scaled(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(8, java.math.RoundingMode.HALF_UP);
    }

}
