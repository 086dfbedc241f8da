package bd.gov.cleancare.alerts.internal;

import java.util.List;
import java.util.UUID;

/**
 * A complaint event as the fan-out matches it: which kind, the complaint's category code, ward and
 * position (either may be missing), and the users already told by the complaint's own notices.
 */
public record AlertEvent(Kind kind, UUID complaintId, String trackingNumber, String categoryCode, String cityCorporation,
        String wardNumber, Double latitude, Double longitude, List<UUID> alreadyTold) {

    public enum Kind {
        NEW("new"), STATUS("status");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    boolean placed() {
        return wardNumber != null || latitude != null;
    }
}
