package bd.gov.cleancare.emergency;

import java.util.UUID;

/** A citizen raised an emergency (after commit: alert the ward's staff and its on-duty number at once). */
public record EmergencyRaised(UUID emergencyId, UUID userId, String typeCode, String typeBn, String location, String cityCorporation,
        String wardNumber) {
}
