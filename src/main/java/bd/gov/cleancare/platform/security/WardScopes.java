package bd.gov.cleancare.platform.security;

/**
 * The one policy answering "in which wards may this user do this to this kind of resource?".
 * Implemented by the administration module from admin_permissions; every module asks it.
 */
public interface WardScopes {

    enum Action { CREATE, READ, UPDATE, DELETE }

    WardScope of(CurrentUser user, String resourceType, Action action);

    /** The active staff who may read this kind of resource in the ward, super admins included (who to tell). */
    java.util.List<java.util.UUID> staffOf(String cityCorporation, String wardNumber, String resourceType);

    /** The ward's own office: active admins who may read this kind of resource there, without the city's super admins. */
    java.util.List<java.util.UUID> wardAdminsOf(String cityCorporation, String wardNumber, String resourceType);

    /**
     * The zone's office: active admins whose grant covers every ward of the zone this ward belongs to
     * (permissions are kept per ward; a zone officer is granted all the zone's wards).
     */
    java.util.List<java.util.UUID> zoneAdminsOf(String cityCorporation, String wardNumber, String resourceType);

    /** The city's super admins, active ones only. */
    java.util.List<java.util.UUID> superAdmins();
}
