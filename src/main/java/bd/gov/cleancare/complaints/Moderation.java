package bd.gov.cleancare.complaints;

import bd.gov.cleancare.complaints.internal.ComplaintAccess;
import bd.gov.cleancare.complaints.internal.ComplaintPhotos;
import bd.gov.cleancare.complaints.internal.ComplaintRepository;
import bd.gov.cleancare.complaints.internal.ComplaintRow;
import bd.gov.cleancare.complaints.internal.ModerationRepository;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScopes.Action;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff moderation of what the public sees of a complaint: hiding it or one of its updates, its public title and
 * description (the citizen's own words stay for staff), blurred parts of its photos (the unblurred copy kept for
 * staff only), and complaints held for review because their citizen is on the held list. Ward admins act in their
 * wards, super admins everywhere; every action needs a reason and lands in the moderation history and the audit log.
 */
@Service
public class Moderation {

    static final int MAX_REASON = 1000;

    private final ComplaintRepository complaints;
    private final ModerationRepository moderation;
    private final ComplaintAccess access;
    private final ComplaintPhotos photos;
    private final Users users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Moderation(ComplaintRepository complaints, ModerationRepository moderation, ComplaintAccess access, ComplaintPhotos photos,
            Users users, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.moderation = moderation;
        this.access = access;
        this.photos = photos;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A complaint's moderation state and history, newest action first; {@code redactedImages} have an original kept. */
    public record View(UUID complaintId, String trackingNumber, boolean isPublic, boolean held, boolean hideName, String title,
            String description, String publicTitle, String publicDescription, List<UUID> redactedImages, List<Entry> history) {
    }

    public record Entry(UUID id, String action, UUID updateId, UUID imageId, String reason, Map<String, Object> details,
            ComplaintUpdateView.UpdatedBy moderatedBy, Instant createdAt) {
    }

    /** A redacted photo's unredacted copy. */
    public record Original(byte[] content, String mediaType) {
    }

    /** A user whose new complaints wait for review; {@code waiting} how many do now. */
    public record HeldUser(UUID userId, String name, String phone, String reason, UUID addedBy, Instant addedAt, long waiting) {
    }

    /** A rectangle in the public copy's pixels. */
    public record Rectangle(Integer x, Integer y, Integer width, Integer height) {
    }

    @Transactional(readOnly = true)
    public View view(CurrentUser me, UUID id) {
        return view(moderatable(me, id, false));
    }

    /** For pages: the moderation state when the caller may moderate this complaint, else nothing. */
    @Transactional(readOnly = true)
    public java.util.Optional<View> viewIfAllowed(CurrentUser me, UUID id) {
        var complaint = access.visible(me, complaints.find(id).orElseThrow(() -> new NotFound("complaint.not-found")));
        return access.staffMay(me, complaint, Action.UPDATE) ? java.util.Optional.of(view(complaint)) : java.util.Optional.empty();
    }

    /** Hides a complaint from public tracking, Open311 and the nearby hint, or shows it again. */
    @Transactional
    public View setVisibility(CurrentUser me, UUID id, Boolean isPublic, String rawReason) {
        var complaint = moderatable(me, id, true);
        var reason = reason(rawReason);
        if (isPublic == null) {
            throw RuleViolated.onField("is_public", "validation.NotNull");
        }
        if (complaint.held() && isPublic) {
            throw new Conflict("moderation.held.release-instead");
        }
        if (complaint.isPublic() != isPublic) {
            moderation.setPublic(id, isPublic);
            remember(me, complaint, isPublic ? "shown" : "hidden", null, null, reason, Map.of());
        }
        return stateOf(id);
    }

    /** Hides one update (its comment and step) from everybody but staff, or shows it again. */
    @Transactional
    public View setUpdateVisibility(CurrentUser me, UUID id, UUID updateId, Boolean isPublic, String rawReason) {
        var complaint = moderatable(me, id, true);
        var reason = reason(rawReason);
        if (isPublic == null) {
            throw RuleViolated.onField("is_public", "validation.NotNull");
        }
        if (!moderation.setUpdatePublic(id, updateId, isPublic)) {
            throw new NotFound("moderation.update.not-found");
        }
        remember(me, complaint, isPublic ? "update_shown" : "update_hidden", updateId, null, reason, Map.of());
        return stateOf(id);
    }

    /**
     * Sets what the public reads as the title and description; a blank value shows the citizen's own text again.
     * The citizen's text is never changed. {@code hideName} true also hides the citizen's name from the public (staff
     * may hide it; only the citizen may show it again).
     */
    @Transactional
    public View editPublicText(CurrentUser me, UUID id, String title, String description, Boolean hideName, String rawReason) {
        var complaint = moderatable(me, id, true);
        var reason = reason(rawReason);
        var publicTitle = optionalText("title", title, 200);
        var publicDescription = optionalText("description", description, 5000);
        moderation.setPublicText(id, publicTitle, publicDescription);
        var details = new LinkedHashMap<String, Object>();
        details.put("title", publicTitle);
        details.put("description", publicDescription);
        if (Boolean.TRUE.equals(hideName) && !complaint.hideName()) {
            complaints.setHideName(id, true);
            details.put("name_hidden", true);
        }
        remember(me, complaint, "text_edited", null, null, reason, details);
        return stateOf(id);
    }

    /** Blurs a rectangle of a photo: the public copy and thumbnail are replaced, the unblurred copy kept for staff. */
    @Transactional
    public View redact(CurrentUser me, UUID id, UUID imageId, Rectangle area, String rawReason) {
        var complaint = moderatable(me, id, true);
        var reason = reason(rawReason);
        var image = moderation.image(id, imageId).orElseThrow(() -> new NotFound("complaint.image.not-found"));
        if (area == null || area.x() == null || area.y() == null || area.width() == null || area.height() == null) {
            throw RuleViolated.onField(area == null || area.x() == null ? "x" : area.y() == null ? "y"
                    : area.width() == null ? "width" : "height", "validation.NotNull");
        }
        if (area.width() < 1 || area.height() < 1 || area.x() < 0 || area.y() < 0) {
            throw RuleViolated.onField(area.width() < 1 ? "width" : area.height() < 1 ? "height" : area.x() < 0 ? "x" : "y",
                    "moderation.redaction.outside");
        }
        var redacted = photos.redact(id, image.imageUrl(), area.x(), area.y(), area.width(), area.height());
        var now = clock.instant();
        moderation.keepOriginal(imageId, redacted.before(), redacted.beforeType().mediaType(), now);
        var after = redacted.after();
        moderation.replaceImage(imageId, after.imageUrl(), after.thumbnailUrl(), after.size(), after.width(), after.height());
        // The old public files go: the unblurred picture must not stay reachable at its old address.
        photos.deleteAfterCommit(image.thumbnailUrl() == null ? List.of(image.imageUrl()) : List.of(image.imageUrl(), image.thumbnailUrl()));
        remember(me, complaint, "photo_redacted", null, imageId, reason, Map.of("x", area.x(), "y", area.y(),
                "width", area.width(), "height", area.height()));
        return stateOf(id);
    }

    /** The unredacted copy of a redacted photo: for the complaint's ward staff only. */
    @Transactional(readOnly = true)
    public Original original(CurrentUser me, UUID id, UUID imageId) {
        moderatable(me, id, false);
        moderation.image(id, imageId).orElseThrow(() -> new NotFound("complaint.image.not-found"));
        return moderation.original(imageId).orElseThrow(() -> new NotFound("moderation.original.not-found"));
    }

    /** A held complaint becomes public like any other. */
    @Transactional
    public View release(CurrentUser me, UUID id, String rawReason) {
        var complaint = moderatable(me, id, true);
        var reason = reason(rawReason);
        if (!complaint.held()) {
            throw new Conflict("moderation.not-held");
        }
        moderation.endHold(id, true);
        remember(me, complaint, "released", null, null, reason, Map.of());
        return stateOf(id);
    }

    /** A held complaint is cancelled and stays hidden; its citizen hears of the cancellation as of any other. */
    @Transactional
    public View reject(CurrentUser me, UUID id, String rawReason) {
        var complaint = moderatable(me, id, true);
        var reason = reason(rawReason);
        if (!complaint.held()) {
            throw new Conflict("moderation.not-held");
        }
        moderation.endHold(id, false);
        var now = clock.instant();
        if (complaint.status() != Status.CANCELLED) {
            complaints.changeStatus(id, Status.CANCELLED, null);
            complaints.addUpdate(id, me.id(), complaint.status(), Status.CANCELLED, null, null, now);
            events.publishEvent(new ComplaintStatusChanged(id, complaint.trackingNumber(), complaint.userId(),
                    complaint.status().code(), Status.CANCELLED.code(), null, me.id(), now, complaint.source() == Source.APP));
        }
        remember(me, complaint, "rejected", null, null, reason, Map.of());
        return stateOf(id);
    }

    // ---- the held list (super admins) ----

    @Transactional(readOnly = true)
    public Slice<HeldUser> heldUsers(CurrentUser me, PageQuery page) {
        superAdmin(me);
        return new Slice<>(moderation.heldUserCount(), moderation.heldUsers(page.pageSize(), page.offset()));
    }

    /** From now on this user's new complaints are held for review (those already filed stay as they are). */
    @Transactional
    public HeldUser hold(CurrentUser me, UUID userId, String rawReason) {
        superAdmin(me);
        var reason = reason(rawReason);
        if (userId == null) {
            throw RuleViolated.onField("user_id", "validation.NotNull");
        }
        var user = users.find(userId).orElseThrow(() -> RuleViolated.onField("user_id", "user.not-found"));
        if (UserType.of(user.userType()).isStaff()) {
            throw RuleViolated.onField("user_id", "moderation.held.citizens-only");
        }
        moderation.hold(userId, reason, me.id(), clock.instant());
        audit.record(me, "user.held", "user", userId, Map.of("reason", reason));
        return moderation.heldUsers(Integer.MAX_VALUE, 0).stream().filter(h -> h.userId().equals(userId)).findFirst().orElseThrow();
    }

    @Transactional
    public void unhold(CurrentUser me, UUID userId, String rawReason) {
        superAdmin(me);
        var reason = reason(rawReason);
        if (!moderation.unhold(userId)) {
            throw new NotFound("moderation.held.not-found");
        }
        audit.record(me, "user.unheld", "user", userId, Map.of("reason", reason));
    }

    private static void superAdmin(CurrentUser me) {
        if (me.type() != UserType.SUPER_ADMIN) {
            throw new Forbidden("moderation.held.super-admin-only");
        }
    }

    /**
     * The complaint if the caller may moderate it: unknown (404) to whoever may not see it — another ward's admin
     * included — and forbidden to those who see it without a ward's update permission (its citizen, its assignee).
     */
    private ComplaintRow moderatable(CurrentUser me, UUID id, boolean lock) {
        var found = lock ? complaints.lock(id) : complaints.find(id);
        var complaint = access.visible(me, found.orElseThrow(() -> new NotFound("complaint.not-found")));
        if (!access.staffMay(me, complaint, Action.UPDATE)) {
            throw new Forbidden("moderation.forbidden");
        }
        return complaint;
    }

    private View stateOf(UUID id) {
        return view(complaints.find(id).orElseThrow(() -> new NotFound("complaint.not-found")));
    }

    private View view(ComplaintRow c) {
        return new View(c.id(), c.trackingNumber(), c.isPublic(), c.held(), c.hideName(), c.title(), c.description(), c.publicTitle(),
                c.publicDescription(), moderation.redactedImages(c.id()).stream().sorted().toList(), moderation.history(c.id()));
    }

    private void remember(CurrentUser me, ComplaintRow complaint, String action, UUID updateId, UUID imageId, String reason,
            Map<String, ?> details) {
        moderation.record(complaint.id(), action, updateId, imageId, reason, details, me.id(), clock.instant());
        var audited = new LinkedHashMap<String, Object>(details);
        audited.put("tracking_number", complaint.trackingNumber());
        audited.put("action", action);
        audited.put("reason", reason);
        if (updateId != null) {
            audited.put("update_id", updateId.toString());
        }
        if (imageId != null) {
            audited.put("image_id", imageId.toString());
        }
        audit.record(me, "complaint.moderated", "complaint", complaint.id(), audited);
    }

    private static String reason(String raw) {
        var value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw RuleViolated.onField("reason", "moderation.reason.required");
        }
        if (value.codePointCount(0, value.length()) > MAX_REASON) {
            throw RuleViolated.onField("reason", "validation.Size.max", MAX_REASON);
        }
        return value;
    }

    private static String optionalText(String field, String raw, int max) {
        var value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw RuleViolated.onField(field, "validation.Size.max", max);
        }
        return value;
    }
}
