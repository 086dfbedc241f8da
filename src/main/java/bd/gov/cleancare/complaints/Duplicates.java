package bd.gov.cleancare.complaints;

import bd.gov.cleancare.complaints.internal.ComplaintAccess;
import bd.gov.cleancare.complaints.internal.ComplaintRepository;
import bd.gov.cleancare.complaints.internal.ComplaintRow;
import bd.gov.cleancare.complaints.internal.ComplaintWorkflow;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.WardScopes.Action;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging duplicates: ward staff mark an open complaint as a duplicate of another in the same ward.
 * The duplicate closes (cancelled, through the workflow) pointing at its original; its citizen and
 * supporters follow the original as its supporters. Never a chain: an original is not a duplicate,
 * and a complaint others were merged into does not become one.
 */
@Service
public class Duplicates {

    private final ComplaintRepository complaints;
    private final ComplaintAccess access;
    private final Complaints journey;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Duplicates(ComplaintRepository complaints, ComplaintAccess access, Complaints journey, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.journey = journey;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ComplaintDetail mark(CurrentUser me, UUID id, UUID originalId, String rawComment) {
        if (originalId == null) {
            throw RuleViolated.onField("original_id", "validation.NotBlank");
        }
        if (originalId.equals(id)) {
            throw RuleViolated.onField("original_id", "complaint.duplicate.self");
        }
        // both rows locked, always in the same order, so two merges of the same pair cannot deadlock
        boolean duplicateFirst = id.compareTo(originalId) < 0;
        var first = lockHandled(me, duplicateFirst ? id : originalId);
        var second = lockHandled(me, duplicateFirst ? originalId : id);
        var duplicate = duplicateFirst ? first : second;
        var original = duplicateFirst ? second : first;
        var comment = rawComment == null || rawComment.isBlank() ? null : rawComment.strip();
        if (comment != null && comment.codePointCount(0, comment.length()) > 2000) {
            throw RuleViolated.onField("comment", "validation.Size.max", 2000);
        }
        if (duplicate.cityCorporation() == null || duplicate.wardNumber() == null
                || !duplicate.cityCorporation().equals(original.cityCorporation()) || !duplicate.wardNumber().equals(original.wardNumber())) {
            throw RuleViolated.onField("original_id", "complaint.duplicate.other-ward");
        }
        if (duplicate.duplicateOf() != null) {
            throw new Conflict("complaint.duplicate.already", duplicate.trackingNumber());
        }
        if (original.duplicateOf() != null) {
            throw new Conflict("complaint.duplicate.original-is-duplicate", original.trackingNumber());
        }
        if (complaints.hasDuplicates(duplicate.id())) {
            throw new Conflict("complaint.duplicate.has-duplicates", duplicate.trackingNumber());
        }
        if (original.status() == Status.CANCELLED) {
            throw new Conflict("complaint.duplicate.original-cancelled", original.trackingNumber());
        }
        if (!duplicate.status().isOpen()) {
            throw new Conflict("complaint.duplicate.closed", duplicate.trackingNumber());
        }
        ComplaintWorkflow.check(duplicate.status(), Status.CANCELLED, new ComplaintWorkflow.Actor(false, false, true));

        var now = clock.instant();
        complaints.markDuplicate(duplicate.id(), original.id());
        complaints.addLinkedUpdate(duplicate.id(), me.id(), duplicate.status(), Status.CANCELLED, comment, "duplicate_of", original.id(), now);
        complaints.addLinkedUpdate(original.id(), me.id(), original.status(), original.status(), null, "duplicate_merged", duplicate.id(), now);
        complaints.markResponded(duplicate.id(), now);
        int followers = complaints.moveFollowers(duplicate.id(), original.id(), now);
        var details = new LinkedHashMap<String, Object>();
        details.put("tracking_number", duplicate.trackingNumber());
        details.put("original_id", original.id().toString());
        details.put("original_tracking_number", original.trackingNumber());
        details.put("from", duplicate.status().code());
        details.put("new_followers", followers);
        details.put("comment", comment);
        audit.record(me, "complaint.marked_duplicate", "complaint", duplicate.id(), details);
        // the duplicate's citizen learns it closed; the counters see a cancellation
        events.publishEvent(new ComplaintStatusChanged(duplicate.id(), duplicate.trackingNumber(), duplicate.userId(),
                duplicate.status().code(), Status.CANCELLED.code(), comment, me.id(), now, duplicate.source().textsCitizen()));
        return journey.get(me, duplicate.id());
    }

    /** From the staff page: the original by its tracking number, as the staff member sees it on the paper or the screen. */
    @Transactional
    public ComplaintDetail markByTrackingNumber(CurrentUser me, UUID id, String trackingNumber, String comment) {
        var number = bd.gov.cleancare.platform.text.Digits.toAscii(trackingNumber == null ? "" : trackingNumber.strip())
                .toUpperCase(java.util.Locale.ROOT);
        if (number.isEmpty()) {
            throw RuleViolated.onField("original", "validation.NotBlank");
        }
        var original = complaints.findByTrackingNumber(number)
                .orElseThrow(() -> RuleViolated.onField("original", "complaint.duplicate.original-unknown"));
        return mark(me, id, original.id(), comment);
    }

    /** Visible to the caller (else 404) and handled by them in its ward (else 403). */
    private ComplaintRow lockHandled(CurrentUser me, UUID id) {
        var complaint = access.visible(me, complaints.lock(id).orElseThrow(() -> new NotFound("complaint.not-found")));
        if (!access.staffMay(me, complaint, Action.UPDATE)) {
            throw new Forbidden("complaint.duplicate.not-allowed");
        }
        return complaint;
    }
}
