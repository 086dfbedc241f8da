package bd.gov.cleancare.open311;

import java.time.Instant;
import java.util.UUID;

/** An Open311 partner's API key as lists show it: the prefix only, never the key. */
public record PartnerKey(UUID id, String partnerName, String keyPrefix, UUID userId, UUID createdBy, Instant createdAt,
        Instant revokedAt, Instant lastUsedAt) {
}
