package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import java.util.Map;
import java.util.Set;

/**
 * The status workflow: submitted → in_progress → resolved, or → cancelled; a resolved complaint
 * may be put back in progress by an admin, or re-opened by its citizen ("not fixed", only through
 * {@link #checkReopen}); staff move a re-opened one on as from submitted or in progress. Cancelled is final.
 */
public final class ComplaintWorkflow {

    private static final Map<Status, Set<Status>> NEXT = Map.of(
            Status.SUBMITTED, Set.of(Status.IN_PROGRESS, Status.CANCELLED),
            Status.IN_PROGRESS, Set.of(Status.RESOLVED, Status.CANCELLED),
            Status.RESOLVED, Set.of(Status.IN_PROGRESS),
            Status.REOPENED, Set.of(Status.IN_PROGRESS, Status.RESOLVED, Status.CANCELLED),
            Status.CANCELLED, Set.of());

    /** Who is asking, in the complaint's terms. */
    public record Actor(boolean owner, boolean assignee, boolean wardStaff) {
    }

    private ComplaintWorkflow() {
    }

    public static void check(Status from, Status to, Actor actor) {
        if (!NEXT.get(from).contains(to)) {
            throw new Conflict("complaint.transition.invalid", from.code(), to.code());
        }
        boolean allowed = switch (to) {
            case CANCELLED -> actor.wardStaff() || actor.owner();
            case IN_PROGRESS -> actor.wardStaff() || (actor.assignee() && (from == Status.SUBMITTED || from == Status.REOPENED));
            case RESOLVED -> actor.wardStaff() || actor.assignee();
            case SUBMITTED, REOPENED -> false;
        };
        if (!allowed) {
            throw new Forbidden("complaint.transition.not-yours");
        }
    }

    /** "Not fixed": only a resolved complaint, only within the window after its resolution. */
    public static void checkReopen(Status from, java.time.Instant resolvedAt, java.time.Instant now, java.time.Duration window) {
        if (from != Status.RESOLVED || resolvedAt == null) {
            throw new Conflict("complaint.reopen.not-resolved");
        }
        if (now.isAfter(resolvedAt.plus(window))) {
            throw new Conflict("complaint.reopen.window-closed", window.toDays());
        }
    }
}
