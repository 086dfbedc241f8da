package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.platform.security.WardScope;
import java.util.UUID;

/** Which complaints a caller's list may contain: their own, their assignments, some wards, or all. */
public record Visibility(UUID ownerId, UUID assigneeId, WardScope wards) {

    public static Visibility ownedBy(UUID userId) {
        return new Visibility(userId, null, null);
    }

    public static Visibility assignedTo(UUID userId) {
        return new Visibility(null, userId, null);
    }

    public static Visibility inWards(WardScope wards) {
        return new Visibility(null, null, wards);
    }
}
