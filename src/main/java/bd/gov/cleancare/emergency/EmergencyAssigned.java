package bd.gov.cleancare.emergency;

import java.util.UUID;

public record EmergencyAssigned(UUID emergencyId, UUID assigneeId, String typeBn, String location) {
}
