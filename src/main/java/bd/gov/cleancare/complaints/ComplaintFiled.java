package bd.gov.cleancare.complaints;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen filed a complaint (after commit: send the tracking number, count it on the dashboard).
 * {@code textable}: filed in the app by the citizen themself; a partner's account is not texted.
 */
public record ComplaintFiled(UUID complaintId, UUID userId, String categoryCode,
        String cityCorporation, String wardNumber, Instant createdAt, boolean textable) {
}
