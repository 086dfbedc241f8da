package bd.gov.cleancare.administration;

import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.security.WardScopes;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The ward-scoped permission rule, read from admin_permissions on every call (a change applies
 * to the admin's next request). A super admin may act everywhere; a citizen is never staff.
 * Reading users is allowed in any ward where the admin holds a readable permission of any kind:
 * whoever handles a ward's complaints must see who filed them.
 */
@Service
public class PermissionPolicy implements WardScopes {

    public static final String USERS = "users";

    private final JdbcClient jdbc;

    public PermissionPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public WardScope of(CurrentUser user, String resourceType, Action action) {
        if (user.type() == UserType.SUPER_ADMIN) {
            return WardScope.ALL;
        }
        if (!user.type().isStaff()) {
            return WardScope.NONE;
        }
        var anyType = USERS.equals(resourceType) && action == Action.READ;
        var rows = jdbc.sql("""
                SELECT city_corporation, ward_numbers FROM admin_permissions
                 WHERE admin_id = :admin
                   AND (:anyType OR permission_type IN (:type, 'all') OR resource_type = :type)
                   AND CASE :action WHEN 'CREATE' THEN can_create WHEN 'READ' THEN can_read
                                    WHEN 'UPDATE' THEN can_update ELSE can_delete END""")
                .param("admin", user.id()).param("anyType", anyType).param("type", resourceType).param("action", action.name())
                .query((rs, n) -> {
                    var wards = rs.getArray("ward_numbers");
                    return new Grant(rs.getString("city_corporation"), wards == null ? new String[0] : (String[]) wards.getArray());
                })
                .list();
        var keys = new HashSet<String>();
        rows.forEach(grant -> {
            for (var ward : grant.wards()) {
                keys.add(WardScope.key(grant.cityCorporation(), ward));
            }
        });
        return keys.isEmpty() ? WardScope.NONE : new WardScope(false, Set.copyOf(keys));
    }

    @Override
    public java.util.List<java.util.UUID> staffOf(String cityCorporation, String wardNumber, String resourceType) {
        return staff(cityCorporation, wardNumber, resourceType, true);
    }

    @Override
    public java.util.List<java.util.UUID> wardAdminsOf(String cityCorporation, String wardNumber, String resourceType) {
        return staff(cityCorporation, wardNumber, resourceType, false);
    }

    @Override
    public java.util.List<java.util.UUID> zoneAdminsOf(String cityCorporation, String wardNumber, String resourceType) {
        if (cityCorporation == null || wardNumber == null) {
            return java.util.List.of();
        }
        return jdbc.sql("""
                WITH zone AS (
                  SELECT array_agg(w.ward_number::text) AS wards FROM wards w
                   WHERE w.city_corporation = :cc
                     AND w.zone_number = (SELECT zone_number FROM wards WHERE city_corporation = :cc AND ward_number = :ward))
                SELECT DISTINCT u.id FROM admin_permissions p JOIN users u ON u.id = p.admin_id, zone
                 WHERE p.can_read AND (p.permission_type IN (:type, 'all') OR p.resource_type = :type)
                   AND (p.city_corporation IS NULL OR p.city_corporation = :cc)
                   AND zone.wards IS NOT NULL AND p.ward_numbers @> zone.wards
                   AND u.user_type = 'admin' AND u.is_active""")
                .param("cc", cityCorporation).param("ward", wardNumber).param("type", resourceType)
                .query(java.util.UUID.class).list();
    }

    @Override
    public java.util.List<java.util.UUID> superAdmins() {
        return jdbc.sql("SELECT id FROM users WHERE user_type = 'super_admin' AND is_active ORDER BY created_at")
                .query(java.util.UUID.class).list();
    }

    /** Starts from the permissions (hundreds of rows), never from users (millions). */
    private java.util.List<java.util.UUID> staff(String cityCorporation, String wardNumber, String resourceType, boolean superAdmins) {
        return jdbc.sql("""
                SELECT u.id FROM admin_permissions p JOIN users u ON u.id = p.admin_id
                 WHERE p.can_read AND (p.permission_type IN (:type, 'all') OR p.resource_type = :type)
                   AND :ward = ANY(p.ward_numbers)
                   AND (p.city_corporation IS NULL OR p.city_corporation = :cc)
                   AND u.user_type = 'admin' AND u.is_active
                UNION
                SELECT u.id FROM users u WHERE :superAdmins AND u.user_type = 'super_admin' AND u.is_active""")
                .param("superAdmins", superAdmins).param("type", resourceType).param("ward", wardNumber == null ? "" : wardNumber)
                .param("cc", cityCorporation).query(java.util.UUID.class).list();
    }

    private record Grant(String cityCorporation, String[] wards) {
    }
}
