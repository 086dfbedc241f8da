package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Filters on public complaints: tracking numbers, categories, statuses, a city corporation (and a
 * ward of it) and a creation window; an empty or null filter matches everything. Newest first, at most {@code limit}.
 */
public record PublicComplaintQuery(List<String> trackingNumbers, Set<Category> categories, Set<Status> statuses,
        String cityCorporation, String wardNumber, Instant from, Instant to, int limit) {

    public PublicComplaintQuery(List<String> trackingNumbers, Set<Category> categories, Set<Status> statuses,
            String cityCorporation, Instant from, Instant to, int limit) {
        this(trackingNumbers, categories, statuses, cityCorporation, null, from, to, limit);
    }
}
