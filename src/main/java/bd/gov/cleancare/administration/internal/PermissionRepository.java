package bd.gov.cleancare.administration.internal;

import bd.gov.cleancare.administration.Permission;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PermissionRepository {

    private final JdbcClient jdbc;

    public PermissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Permission> of(UUID adminId) {
        return of(List.of(adminId)).getOrDefault(adminId, List.of());
    }

    /** Permissions of many admins in one query (a page of the admin list). */
    public Map<UUID, List<Permission>> of(List<UUID> adminIds) {
        if (adminIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT id, admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                       can_create, can_read, can_update, can_delete
                  FROM admin_permissions WHERE admin_id = ANY(:ids) ORDER BY created_at, id""")
                .param("ids", adminIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("admin_id", UUID.class), new Permission(rs.getObject("id", UUID.class),
                        rs.getString("permission_type"), rs.getString("resource_type"), wards(rs.getArray("ward_numbers")),
                        rs.getString("city_corporation"), rs.getBoolean("can_create"), rs.getBoolean("can_read"),
                        rs.getBoolean("can_update"), rs.getBoolean("can_delete"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    public void replace(UUID adminId, List<Permission> permissions) {
        jdbc.sql("DELETE FROM admin_permissions WHERE admin_id = :id").param("id", adminId).update();
        permissions.forEach(permission -> add(adminId, permission));
    }

    public void add(UUID adminId, Permission p) {
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                VALUES (:admin, :type, :resource, :wards, :cc, :create, :read, :update, :delete)""")
                .param("admin", adminId).param("type", p.permissionType()).param("resource", p.resourceType())
                .param("wards", p.wardNumbers().toArray(String[]::new)).param("cc", p.cityCorporation())
                .param("create", p.canCreate()).param("read", p.canRead()).param("update", p.canUpdate()).param("delete", p.canDelete())
                .update();
    }

    private static List<String> wards(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
