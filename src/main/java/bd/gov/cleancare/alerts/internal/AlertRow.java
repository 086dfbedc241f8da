package bd.gov.cleancare.alerts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AlertRow(UUID id, UUID userId, String cityCorporation, String wardNumber, BigDecimal latitude, BigDecimal longitude,
        Integer radiusMeters, List<String> categories, boolean notifyNew, boolean notifyStatus, boolean smsDigest, Instant createdAt) {
}
