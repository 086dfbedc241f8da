package bd.gov.cleancare.alerts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as its owner sees it; {@code unsubscribeUrl} is its one-tap signed link. */
public record AlertView(UUID id, String cityCorporation, String wardNumber, BigDecimal latitude, BigDecimal longitude,
        Integer radiusMeters, List<String> categories, boolean newComplaints, boolean statusChanges, boolean smsDigest,
        Instant createdAt, String unsubscribeUrl) {

    public boolean forWard() {
        return wardNumber != null;
    }
}
