package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import java.util.Map;
import java.util.Set;

/**
 * The status workflow: submitted → in_progress → resolved, or → cancelled; a resolved complaint
 * may be reopened (back to in_progress) by an admin. Cancelled is final.
 */
public final class ComplaintWorkflow {

    private static final Map<Status, Set<Status>> NEXT = Map.of(
            Status.SUBMITTED, Set.of(Status.IN_PROGRESS, Status.CANCELLED),
            Status.IN_PROGRESS, Set.of(Status.RESOLVED, Status.CANCELLED),
            Status.RESOLVED, Set.of(Status.IN_PROGRESS),
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
            case IN_PROGRESS -> actor.wardStaff() || (actor.assignee() && from == Status.SUBMITTED);
            case RESOLVED -> actor.wardStaff() || actor.assignee();
            case SUBMITTED -> false;
        };
        if (!allowed) {
            throw new Forbidden("complaint.transition.not-yours");
        }
    }
}
