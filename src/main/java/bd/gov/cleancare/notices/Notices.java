package bd.gov.cleancare.notices;

import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.WardRef;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.notices.internal.NoticeAttachments;
import bd.gov.cleancare.notices.internal.NoticeRepository;
import bd.gov.cleancare.notices.internal.NoticeRepository.NoticeRow;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.security.WardScopes.Action;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ward notice board (seed §3 notices; the app's "DSCC notice board"). Citizens read the live
 * notices of their ward, their corporation and the city; staff write them for the wards they hold a
 * notices permission in (city-wide ones: super admins). An urgent notice is announced to its citizens
 * once, when it goes live.
 */
@Service
public class Notices {

    public static final String RESOURCE = "notices";
    static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");
    static final List<String> STATES = List.of("live", "scheduled", "expired", "inactive");

    private final NoticeRepository notices;
    private final NoticeAttachments attachments;
    private final Geography geography;
    private final Users users;
    private final WardScopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notices(NoticeRepository notices, NoticeAttachments attachments, Geography geography, Users users, WardScopes scopes,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.attachments = attachments;
        this.geography = geography;
        this.users = users;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Staff get the notices they manage, in every state; everyone else the live board of a ward —
     * the one asked for, or the citizen's own.
     */
    @Transactional(readOnly = true)
    public Slice<NoticeView> list(CurrentUser me, String cityCorporation, String wardNumber, String category, String state,
            PageQuery page) {
        var kind = category == null || category.isBlank() ? null : StoredValue.parse(NoticeCategory.class, "category", category);
        var ward = geography.requireWardOrDefault(cityCorporation, wardNumber);
        var now = clock.instant();
        if (isStaff(me)) {
            var wanted = state == null || state.isBlank() ? null : choice("state", state, STATES);
            var cc = ward != null ? ward.cityCorporation() : WardRef.corporationCode(cityCorporation);
            var slice = notices.managed(scopes.of(me, RESOURCE, Action.READ), cc, ward == null ? null : ward.wardNumber(), kind, wanted,
                    now, page);
            return withAttachments(slice, null);
        }
        if (ward == null && me != null) {
            ward = users.find(me.id()).filter(u -> u.wardNumber() != null)
                    .map(u -> new WardRef(u.cityCorporation(), u.wardNumber())).orElse(null);
        }
        var cc = ward != null ? ward.cityCorporation() : WardRef.corporationCode(cityCorporation);
        var reader = me == null ? null : me.id();
        var slice = notices.board(cc, ward == null ? null : ward.wardNumber(), kind, reader, now, page);
        return withAttachments(slice, reader);
    }

    /** One notice; a citizen opening a live notice counts as having read it. */
    @Transactional
    public NoticeView get(CurrentUser me, UUID id) {
        var now = clock.instant();
        var notice = notices.find(id, me == null ? null : me.id(), now).orElseThrow(() -> new NotFound("notice.not-found"));
        if (!"live".equals(notice.state()) && !manages(me, notice, Action.READ)) {
            throw new NotFound("notice.not-found");
        }
        if (me != null && me.type() == UserType.CITIZEN && "live".equals(notice.state())) {
            notices.markRead(id, me.id(), now);
            notice = notice.withAttachments(notice.attachments(), true);
        }
        return complete(notice, me == null ? null : notice.isRead());
    }

    @Transactional
    public NoticeView markRead(CurrentUser me, UUID id) {
        return get(me, id);
    }

    @Transactional
    public NoticeView publish(CurrentUser me, NoticeForm form) {
        requireStaff(me);
        var row = merge(null, form);
        requireWards(me, row.cityCorporation(), row.targetWards(), Action.CREATE);
        var now = clock.instant();
        var id = notices.insert(row, me.id(), now);
        audit.record(me, "notice.created", "notice", id, Map.of("title", row.title(), "urgent", row.isUrgent()));
        announceIfDue(id, row, now);
        return complete(notices.find(id, null, now).orElseThrow(), null);
    }

    @Transactional
    public NoticeView edit(CurrentUser me, UUID id, NoticeForm form) {
        requireStaff(me);
        var now = clock.instant();
        var current = notices.lock(id, now).orElseThrow(() -> new NotFound("notice.not-found"));
        requireWards(me, current.cityCorporation(), current.targetWards(), Action.UPDATE);
        var row = merge(current, form);
        requireWards(me, row.cityCorporation(), row.targetWards(), Action.UPDATE);
        notices.update(id, row, me.id());
        audit.record(me, "notice.updated", "notice", id, Map.of("title", row.title()));
        announceIfDue(id, row, now);
        return complete(notices.find(id, null, now).orElseThrow(), null);
    }

    /** Takes a notice off the board now, keeping it (and its read receipts) on record. */
    @Transactional
    public NoticeView expire(CurrentUser me, UUID id) {
        requireStaff(me);
        var now = clock.instant();
        var current = notices.lock(id, now).orElseThrow(() -> new NotFound("notice.not-found"));
        requireWards(me, current.cityCorporation(), current.targetWards(), Action.UPDATE);
        notices.expire(id, now);
        audit.record(me, "notice.expired", "notice", id, Map.of("title", current.title()));
        return complete(notices.find(id, null, now).orElseThrow(), null);
    }

    @Transactional
    public void delete(CurrentUser me, UUID id) {
        requireStaff(me);
        var current = notices.lock(id, clock.instant()).orElseThrow(() -> new NotFound("notice.not-found"));
        requireWards(me, current.cityCorporation(), current.targetWards(), Action.DELETE);
        attachments.removeAll(id);
        notices.delete(id);
        audit.record(me, "notice.deleted", "notice", id, Map.of("title", current.title()));
    }

    @Transactional
    public NoticeView.Attachment attach(CurrentUser me, UUID id, String fileName, byte[] content) {
        requireStaff(me);
        var current = notices.lock(id, clock.instant()).orElseThrow(() -> new NotFound("notice.not-found"));
        requireWards(me, current.cityCorporation(), current.targetWards(), Action.UPDATE);
        var attached = attachments.add(id, fileName, content);
        audit.record(me, "notice.attachment_added", "notice", id, Map.of("attachment_id", attached.id().toString()));
        return attached;
    }

    @Transactional
    public void detach(CurrentUser me, UUID id, UUID attachmentId) {
        requireStaff(me);
        var current = notices.lock(id, clock.instant()).orElseThrow(() -> new NotFound("notice.not-found"));
        requireWards(me, current.cityCorporation(), current.targetWards(), Action.UPDATE);
        attachments.remove(id, attachmentId);
        audit.record(me, "notice.attachment_removed", "notice", id, Map.of("attachment_id", attachmentId.toString()));
    }

    /** How many citizens of each targeted ward (of those the caller may read) have opened the notice. */
    @Transactional(readOnly = true)
    public NoticeReadership readership(CurrentUser me, UUID id) {
        requireStaff(me);
        var notice = notices.find(id, null, clock.instant()).orElseThrow(() -> new NotFound("notice.not-found"));
        var scope = scopes.of(me, RESOURCE, Action.READ);
        if (!manages(me, notice, Action.READ)) {
            throw new Forbidden("problem.forbidden");
        }
        var citizens = users.citizenCounts(notice.cityCorporation(), notice.targetWards());
        var readers = notices.readersByWard(id);
        var wards = new ArrayList<NoticeReadership.Ward>();
        long citizenTotal = 0;
        long readerTotal = 0;
        var keys = new LinkedHashSet<String>(citizens.keySet());
        keys.addAll(readers.keySet());
        for (var key : keys.stream().sorted().toList()) {
            var cc = key.substring(0, key.indexOf('/'));
            var ward = key.substring(key.indexOf('/') + 1);
            if (!scope.includes(cc, ward) || !targets(notice, cc, ward)) {
                continue;
            }
            long inWard = citizens.getOrDefault(key, 0L);
            long read = readers.getOrDefault(key, 0L);
            wards.add(new NoticeReadership.Ward(cc, ward, inWard, read, rate(read, inWard)));
            citizenTotal += inWard;
            readerTotal += read;
        }
        return new NoticeReadership(id, citizenTotal, readerTotal, rate(readerTotal, citizenTotal), wards);
    }

    /** Announces urgent notices whose scheduled time has come; the scheduler calls this on one instance at a time. */
    @Transactional
    public int announceDue() {
        var now = clock.instant();
        int announced = 0;
        for (var id : notices.dueForAnnouncement(now, 100)) {
            var notice = notices.find(id, null, now).orElseThrow();
            if (notices.claimAnnouncement(id, now)) {
                events.publishEvent(new UrgentNoticePublished(id, notice.title(), notice.cityCorporation(), notice.targetWards(),
                        notice.sendSms()));
                announced++;
            }
        }
        return announced;
    }

    private void announceIfDue(UUID id, NoticeRow row, java.time.Instant now) {
        if (row.isUrgent() && notices.claimAnnouncement(id, now)) {
            events.publishEvent(new UrgentNoticePublished(id, row.title(), row.cityCorporation(), row.targetWards(), row.sendSms()));
        }
    }

    /** The row a form makes, over the current notice when editing (null fields keep what is there). */
    private NoticeRow merge(NoticeView current, NoticeForm form) {
        boolean creating = current == null;
        var title = text("title", form.title(), creating ? null : current.title(), 200, true);
        var content = text("content", form.content(), creating ? null : current.content(), 20_000, true);
        var titleEn = text("title_en", form.titleEn(), creating ? null : current.titleEn(), 200, false);
        var contentEn = text("content_en", form.contentEn(), creating ? null : current.contentEn(), 20_000, false);
        var category = form.category() != null ? StoredValue.parse(NoticeCategory.class, "category", form.category())
                : creating ? NoticeCategory.GENERAL : StoredValue.fromStored(NoticeCategory.class, current.category());
        var priority = form.priority() != null ? choice("priority", form.priority(), PRIORITIES) : creating ? null : current.priority();
        boolean urgent = form.isUrgent() != null ? form.isUrgent() : !creating && current.isUrgent();
        if ("urgent".equals(priority)) {
            urgent = true;
        }
        if (priority == null) {
            priority = urgent ? "urgent" : "normal";
        }
        boolean active = form.isActive() != null ? form.isActive() : creating || current.isActive();
        boolean sms = form.sendSms() != null ? form.sendSms() : !creating && current.sendSms();
        var published = form.publishedAt() != null ? form.publishedAt() : creating ? clock.instant() : current.publishedAt();
        var expires = form.expiresAt() != null ? form.expiresAt() : creating ? null : current.expiresAt();
        if (expires != null && !expires.isAfter(published)) {
            throw RuleViolated.onField("expires_at", "notice.expires.before-published");
        }
        var targets = targets(form, current);
        return new NoticeRow(title, titleEn, content, contentEn, category, priority, urgent, active, sms && urgent, targets.cityCorporation(),
                targets.wards(), published, expires);
    }

    private record Targets(String cityCorporation, List<String> wards) {
    }

    /** Target wards are checked against the city's wards; all in one corporation, which they imply. */
    private Targets targets(NoticeForm form, NoticeView current) {
        if (form.targetWards() == null && form.cityCorporation() == null) {
            return current == null ? new Targets(null, List.of()) : new Targets(current.cityCorporation(), current.targetWards());
        }
        var wards = form.targetWards() == null ? (current == null ? List.<String>of() : current.targetWards()) : form.targetWards();
        var cc = form.cityCorporation() != null ? form.cityCorporation() : current == null ? null : current.cityCorporation();
        if (wards.isEmpty()) {
            var code = cc == null || cc.isBlank() ? null : WardRef.corporationCode(cc);
            if (code != null && geography.cityCorporations().stream().noneMatch(c -> c.code().equals(code))) {
                throw RuleViolated.onField("city_corporation", "notice.corporation.unknown");
            }
            return new Targets(code, List.of());
        }
        if (wards.size() > 200) {
            throw RuleViolated.onField("target_wards", "notice.wards.too-many", 200);
        }
        var refs = new LinkedHashSet<WardRef>();
        for (var ward : wards) {
            if (ward == null || ward.isBlank()) {
                throw RuleViolated.onField("target_wards", "validation.NotBlank");
            }
            refs.add(geography.requireWardOrDefault(cc, ward));
        }
        var corporation = refs.iterator().next().cityCorporation();
        return new Targets(corporation, refs.stream().map(WardRef::wardNumber).toList());
    }

    /** Staff act only in wards they hold the permission in; notices for a whole corporation or city are the super admins'. */
    private void requireWards(CurrentUser me, String cityCorporation, List<String> wards, Action action) {
        if (me.isSuperAdmin()) {
            return;
        }
        if (wards.isEmpty()) {
            throw new Forbidden("notice.citywide.super-admin");
        }
        var scope = scopes.of(me, RESOURCE, action);
        if (!wards.stream().allMatch(ward -> scope.includes(cityCorporation, ward))) {
            throw new Forbidden("notice.ward.forbidden");
        }
    }

    private boolean manages(CurrentUser me, NoticeView notice, Action action) {
        if (!isStaff(me)) {
            return false;
        }
        if (me.isSuperAdmin() || notice.targetWards().isEmpty()) {
            return true;
        }
        WardScope scope = scopes.of(me, RESOURCE, action);
        return notice.targetWards().stream().anyMatch(ward -> scope.includes(notice.cityCorporation(), ward));
    }

    private static boolean targets(NoticeView notice, String cityCorporation, String ward) {
        return notice.targetWards().isEmpty() ? notice.cityCorporation() == null || notice.cityCorporation().equals(cityCorporation)
                : cityCorporation.equals(notice.cityCorporation()) && notice.targetWards().contains(ward);
    }

    private static boolean isStaff(CurrentUser me) {
        return me != null && (me.type() == UserType.ADMIN || me.type() == UserType.SUPER_ADMIN);
    }

    private static void requireStaff(CurrentUser me) {
        if (!isStaff(me)) {
            throw new Forbidden("problem.forbidden");
        }
    }

    private Slice<NoticeView> withAttachments(Slice<NoticeView> slice, UUID reader) {
        var files = attachments.of(slice.items().stream().map(NoticeView::id).toList());
        return new Slice<>(slice.count(), slice.items().stream()
                .map(n -> n.withAttachments(files.getOrDefault(n.id(), List.of()), reader == null ? null : n.isRead())).toList());
    }

    private NoticeView complete(NoticeView notice, Boolean read) {
        return notice.withAttachments(attachments.of(List.of(notice.id())).getOrDefault(notice.id(), List.of()), read);
    }

    private static String text(String field, String value, String current, int max, boolean required) {
        if (value == null) {
            if (required && current == null) {
                throw RuleViolated.onField(field, "validation.NotBlank");
            }
            return current;
        }
        // NFC only: StoredValue.nfc also lower-cases (it is for matching codes), which spoilt English titles
        var text = java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
        if (text.isEmpty()) {
            if (required) {
                throw RuleViolated.onField(field, "validation.NotBlank");
            }
            return null;
        }
        if (text.length() > max) {
            throw RuleViolated.onField(field, "validation.Size.max", max);
        }
        return text;
    }

    private static String choice(String field, String value, List<String> choices) {
        var wanted = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!choices.contains(wanted)) {
            throw RuleViolated.onField(field, "validation.choice", String.join(", ", choices));
        }
        return wanted;
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
