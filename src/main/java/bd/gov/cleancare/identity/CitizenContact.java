package bd.gov.cleancare.identity;

import java.util.UUID;

/** An active citizen to tell something: who, and the verified phone for an SMS. */
public record CitizenContact(UUID id, String phone) {
}
