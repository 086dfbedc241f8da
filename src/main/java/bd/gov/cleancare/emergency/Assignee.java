package bd.gov.cleancare.emergency;

import java.util.UUID;

/** A colleague an emergency may be given to: a responder of its ward. */
public record Assignee(UUID id, String name, String userType) {
}
