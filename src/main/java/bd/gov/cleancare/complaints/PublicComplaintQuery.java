package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Filters on public complaints: tracking numbers, category, statuses and a creation window; newest first. */
public record PublicComplaintQuery(List<String> trackingNumbers, Category category, Set<Status> statuses, Instant from,
        Instant to, int limit) {
}
