package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.complaints.Status;
import java.time.Instant;
import java.util.UUID;

/** Checked list filters. */
public record ComplaintFilter(Status status, Category category, Priority priority, String wardNumber, String cityCorporation,
        UUID assignedTo, Instant createdFrom, Instant createdTo, String search, String ordering, Boolean held) {
}
