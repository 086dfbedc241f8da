package bd.gov.cleancare.administration;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailTest extends ApiTest {

    @Test
    void a_committed_staff_change_has_its_log_row_with_who_what_where() {
        var admin = staff("admin", "DSCC", "12");
        var complaint = file(citizen());
        var id = complaint.get("id").asString();

        api.as(admin.accessToken()).with("User-Agent", "ward-console/1.0").with("X-Forwarded-For", "203.0.113.9")
                .post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", "in_progress", "comment", "দল পাঠানো হয়েছে"));

        var row = jdbc.sql("""
                SELECT action, resource_type, resource_id::text, host(ip_address), user_agent, details->>'to', user_id::text
                  FROM activity_logs WHERE resource_id = CAST(:id AS uuid)""").param("id", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)})
                .single();
        assertThat(row[0]).isEqualTo("complaint.status_changed");
        assertThat(row[1]).isEqualTo("complaint");
        assertThat(row[2]).isEqualTo(id);
        assertThat(row[3]).as("X-Forwarded-For from an untrusted peer is not believed").isEqualTo("127.0.0.1");
        assertThat(row[4]).isEqualTo("ward-console/1.0");
        assertThat(row[5]).isEqualTo("in_progress");
        assertThat(row[6]).isEqualTo(admin.id().toString());
    }

    @Test
    void a_change_that_fails_half_way_leaves_neither_the_change_nor_its_log() {
        var admin = staff("admin", "DSCC", "12");
        var citizen = citizen();
        var id = file(citizen).get("id").asString();

        var response = api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/",
                Map.of("new_status", "in_progress", "assigned_to", citizen.id().toString()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(api.as(admin.accessToken()).get("/api/v1/complaints/" + id + "/").json().get("status_code").asString()).isEqualTo("submitted");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM complaint_updates").query(Long.class).single()).isZero();
    }

    @Test
    void staff_edits_of_users_and_permissions_are_logged_but_a_citizens_own_actions_are_not() {
        var superAdmin = staff("super_admin", null);
        var admin = staff("admin", "DSCC", "12");
        var citizen = citizen();
        file(citizen);
        api.as(citizen.accessToken()).put("/api/v1/users/profile/", Map.of("name", "নতুন"));

        api.as(superAdmin.accessToken()).put("/api/v1/users/" + citizen.id() + "/", Map.of("is_active", false));
        api.as(superAdmin.accessToken()).put("/api/v1/admin-users/" + admin.id() + "/permissions/", Map.of("permissions",
                java.util.List.of(Map.of("permission_type", "complaints", "ward_numbers", java.util.List.of("14"), "city_corporation", "DSCC"))));

        var actions = jdbc.sql("SELECT action FROM activity_logs ORDER BY created_at").query(String.class).list();
        assertThat(actions).containsExactlyInAnyOrder("user.updated", "admin.permissions_changed");
        var filtered = api.as(superAdmin.accessToken()).get("/api/v1/activity-logs/?action=user.updated&resource_type=user").json();
        assertThat(filtered.get("count").asInt()).isEqualTo(1);
        assertThat(filtered.get("results").get(0).get("details").get("is_active").asBoolean()).isFalse();
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Dhaka"));
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/activity-logs/?from=" + today.plusDays(1)).json().get("count").asInt()).isZero();
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/activity-logs/?from=bad").status()).isEqualTo(400);
    }
}
