package bd.gov.cleancare.administration;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminUsersTest extends ApiTest {

    @Test
    void a_super_admin_creates_a_ward_admin_who_is_invited_by_sms_and_can_then_handle_that_ward() {
        var superAdmin = staff("super_admin", null);
        var phone = newPhone();

        var created = api.as(superAdmin.accessToken()).post("/api/v1/admin-users/", Map.of("phone", phone, "name", "ওয়ার্ড ১৫ অফিস",
                "user_type", "admin", "city_corporation", "DSCC", "ward_numbers", List.of("15", "১৬")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var user = created.json().get("user");
        assertThat(user.get("user_type").asString()).isEqualTo("admin");
        assertThat(user.get("is_verified").asBoolean()).isTrue();
        var permission = user.get("permissions").get(0);
        assertThat(permission.get("permission_type").asString()).isEqualTo("complaints");
        assertThat(permission.get("ward_numbers").valueStream().map(w -> w.asString())).containsExactly("15", "16");
        assertThat(permission.get("can_update").asBoolean()).isTrue();
        assertThat(created.json().get("invitation_sent").asBoolean()).isTrue();
        var code = sms.lastCodeFor(phone);
        assertThat(api.post("/api/v1/auth/reset-password/", Map.of("phone", phone, "otp_code", code, "new_password", "Ward-15-Office")).status())
                .isEqualTo(200);
        var admin = login(phone, "Ward-15-Office");
        var citizen = citizen("DSCC", "16");
        var complaint = file(citizen, Map.of("ward_number", "16"));
        assertThat(api.as(admin.accessToken()).get("/api/v1/complaints/" + complaint.get("id").asString() + "/").status()).isEqualTo(200);
    }

    @Test
    void only_a_super_admin_manages_staff() {
        var admin = staff("admin", "DSCC", "12");
        var citizen = citizen();
        for (var who : List.of(admin, citizen)) {
            var as = api.as(who.accessToken());
            assertThat(as.get("/api/v1/admin-users/").status()).isEqualTo(403);
            assertThat(as.post("/api/v1/admin-users/", Map.of("phone", newPhone(), "name", "x")).status()).isEqualTo(403);
            assertThat(as.put("/api/v1/admin-users/" + admin.id() + "/permissions/", Map.of("permissions", List.of())).status()).isEqualTo(403);
            assertThat(as.get("/api/v1/admin-users/" + admin.id() + "/activity-log/").status()).isEqualTo(403);
            assertThat(as.get("/api/v1/activity-logs/").status()).isEqualTo(403);
        }
    }

    @Test
    void new_permissions_apply_on_the_admins_next_request() {
        var superAdmin = staff("super_admin", null);
        var admin = staff("admin", "DSCC", "12");
        var complaint = file(citizen("DSCC", "13"), Map.of("ward_number", "13"));
        var path = "/api/v1/complaints/" + complaint.get("id").asString() + "/";
        assertThat(api.as(admin.accessToken()).get(path).status()).isEqualTo(404);

        var replaced = api.as(superAdmin.accessToken()).put("/api/v1/admin-users/" + admin.id() + "/permissions/", Map.of("permissions",
                List.of(Map.of("permission_type", "complaints", "ward_numbers", List.of("13"), "city_corporation", "DSCC",
                        "can_read", true, "can_update", true))));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("permissions").size()).isEqualTo(1);
        assertThat(api.as(admin.accessToken()).get(path).status()).isEqualTo(200);
        var ward12 = file(citizen("DSCC", "12"));
        assertThat(api.as(admin.accessToken()).get("/api/v1/complaints/" + ward12.get("id").asString() + "/").status()).isEqualTo(404);
    }

    @Test
    void bad_permissions_are_refused_naming_the_field() {
        var superAdmin = staff("super_admin", null);
        var admin = staff("admin", "DSCC", "12");
        var path = "/api/v1/admin-users/" + admin.id() + "/permissions/";

        var unknownType = api.as(superAdmin.accessToken()).put(path, Map.of("permissions", List.of(Map.of("permission_type", "everything",
                "ward_numbers", List.of("1"), "city_corporation", "DSCC"))));
        var unknownWard = api.as(superAdmin.accessToken()).put(path, Map.of("permissions", List.of(Map.of("permission_type", "complaints",
                "ward_numbers", List.of("99"), "city_corporation", "DNCC"))));

        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("errors").has("permission_type")).isTrue();
        assertThat(unknownWard.status()).isEqualTo(400);
        assertThat(unknownWard.json().get("errors").has("ward_number")).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM admin_permissions WHERE admin_id = :id").param("id", admin.id()).query(Long.class).single())
                .as("the old permission is untouched").isEqualTo(1);
    }

    @Test
    void removing_an_admin_deactivates_them_and_keeps_their_history() {
        var superAdmin = staff("super_admin", null);
        var admin = staff("admin", "DSCC", "12");
        var complaint = file(citizen());
        api.as(admin.accessToken()).post("/api/v1/complaints/" + complaint.get("id").asString() + "/updates/", Map.of("new_status", "in_progress"));

        assertThat(api.as(superAdmin.accessToken()).delete("/api/v1/admin-users/" + admin.id() + "/").status()).isEqualTo(204);

        assertThat(api.post("/api/v1/auth/login/", Map.of("phone", admin.phone(), "password", PASSWORD)).status()).isEqualTo(403);
        assertThat(api.as(admin.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(401);
        var shown = api.as(superAdmin.accessToken()).get("/api/v1/admin-users/" + admin.id() + "/").json();
        assertThat(shown.get("is_active").asBoolean()).isFalse();
        var log = api.as(superAdmin.accessToken()).get("/api/v1/admin-users/" + admin.id() + "/activity-log/").json();
        assertThat(log.get("results").valueStream().map(e -> e.get("action").asString())).contains("complaint.status_changed");
    }

    @Test
    void the_last_super_admin_cannot_be_removed_or_demoted() {
        var only = staff("super_admin", null);

        assertThat(api.as(only.accessToken()).delete("/api/v1/admin-users/" + only.id() + "/").status()).isEqualTo(409);
        assertThat(api.as(only.accessToken()).put("/api/v1/admin-users/" + only.id() + "/", Map.of("user_type", "admin")).status()).isIn(400, 409);
        var second = staff("super_admin", null);
        var demoted = api.as(second.accessToken()).put("/api/v1/admin-users/" + only.id() + "/", Map.of("user_type", "admin"));
        assertThat(demoted.status()).isEqualTo(200);
        assertThat(api.as(second.accessToken()).put("/api/v1/admin-users/" + second.id() + "/", Map.of("user_type", "admin")).status()).isIn(400, 409);
    }

    @Test
    void the_staff_list_shows_staff_with_their_permissions_and_no_citizens() {
        var superAdmin = staff("super_admin", null);
        staff("admin", "DSCC", "12");
        staff("service_provider", "DNCC", "5");
        citizen();

        var list = api.as(superAdmin.accessToken()).get("/api/v1/admin-users/").json();

        assertThat(list.get("count").asInt()).isEqualTo(3);
        assertThat(list.get("results").valueStream().map(u -> u.get("user_type").asString())).doesNotContain("citizen");
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/admin-users/?user_type=service_provider").json().get("count").asInt()).isEqualTo(1);
    }
}
