package bd.gov.cleancare.open311;

import java.time.Instant;
import java.util.UUID;

/** A new API key: the only time the whole key is shown. */
public record IssuedKey(UUID id, String partnerName, String key, String keyPrefix, UUID userId, Instant createdAt) {
}
