package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Filters on public complaints: tracking numbers, categories, statuses, a city corporation and a
 * creation window; an empty or null filter matches everything. Newest first, at most {@code limit}.
 */
public record PublicComplaintQuery(List<String> trackingNumbers, Set<Category> categories, Set<Status> statuses,
        String cityCorporation, Instant from, Instant to, int limit) {
}
