package bd.gov.cleancare.complaints;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a complaint stands against its deadlines, as of a moment: {@code due} (answer by then),
 * {@code overdue} (a deadline passed with the work open: the response while nobody acted, or the
 * resolution), {@code met} or {@code missed} (resolved before or after), {@code closed} (cancelled).
 * Minutes are whole minutes, rounded toward the deadline.
 */
public record Deadline(String state, Long dueInMinutes, Long overdueByMinutes, Instant overdueSince, int escalationLevel) {

    public static Deadline of(Status status, Instant responseDue, Instant resolutionDue, Instant respondedAt, Instant resolvedAt,
            Instant overdueAt, int escalationLevel, Instant now) {
        if (resolutionDue == null) {
            return null;
        }
        return switch (status) {
            case RESOLVED -> new Deadline(resolvedAt != null && resolvedAt.isAfter(resolutionDue) ? "missed" : "met", null, null,
                    overdueAt, escalationLevel);
            case CANCELLED -> new Deadline("closed", null, null, overdueAt, escalationLevel);
            default -> {
                var missed = missedSince(status, responseDue, resolutionDue, respondedAt, now);
                yield missed == null
                        ? new Deadline("due", Duration.between(now, resolutionDue).toMinutes(), null, overdueAt, escalationLevel)
                        : new Deadline("overdue", null, Duration.between(missed, now).toMinutes(), overdueAt, escalationLevel);
            }
        };
    }

    /** The earliest deadline an open complaint has missed by {@code now}, if any. */
    public static Instant missedSince(Status status, Instant responseDue, Instant resolutionDue, Instant respondedAt, Instant now) {
        if (status.awaitsResponse() && respondedAt == null && responseDue != null && now.isAfter(responseDue)) {
            return responseDue;
        }
        return resolutionDue != null && now.isAfter(resolutionDue) ? resolutionDue : null;
    }

    public boolean isOverdue() {
        return "overdue".equals(state);
    }
}
