package bd.gov.cleancare.administration;

import java.util.List;
import java.util.UUID;

/** One admin_permissions row: what kind of resource, in which wards of which corporation, and which actions. */
public record Permission(UUID id, String permissionType, String resourceType, List<String> wardNumbers, String cityCorporation,
        boolean canCreate, boolean canRead, boolean canUpdate, boolean canDelete) {
}
