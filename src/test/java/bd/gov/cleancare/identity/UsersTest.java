package bd.gov.cleancare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UsersTest extends ApiTest {

    @Test
    void a_citizen_cannot_list_users() {
        var citizen = citizen();

        assertThat(api.as(citizen.accessToken()).get("/api/v1/users/").status()).isEqualTo(403);
    }

    @Test
    void a_citizen_can_neither_read_nor_edit_another_user() {
        var me = citizen();
        var neighbour = citizen();

        var read = api.as(me.accessToken()).get("/api/v1/users/" + neighbour.id() + "/");
        var edit = api.as(me.accessToken()).put("/api/v1/users/" + neighbour.id() + "/", Map.of("name", "হ্যাকড"));
        var remove = api.as(me.accessToken()).delete("/api/v1/users/" + neighbour.id() + "/");

        assertThat(read.status()).isIn(403, 404);
        assertThat(edit.status()).isIn(403, 404);
        assertThat(remove.status()).isIn(403, 404);
        assertThat(jdbc.sql("SELECT name FROM users WHERE id = :id").param("id", neighbour.id()).query(String.class).single())
                .isNotEqualTo("হ্যাকড");
    }

    @Test
    void a_citizen_edits_their_own_profile_but_never_their_role_or_flags() {
        var me = citizen();

        var edited = api.as(me.accessToken()).put("/api/v1/users/profile/", Map.of("name", "নতুন নাম", "email", "Me@Example.com",
                "address", "বাড়ি ৫, রোড ২", "city_corporation", "DNCC", "ward_number", "৩৩"));
        var promote = api.as(me.accessToken()).put("/api/v1/users/" + me.id() + "/", Map.of("user_type", "super_admin"));
        var unverify = api.as(me.accessToken()).put("/api/v1/users/profile/", Map.of("is_staff", true, "name", "X"));

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("name").asString()).isEqualTo("নতুন নাম");
        assertThat(edited.json().get("email").asString()).isEqualTo("me@example.com");
        assertThat(edited.json().get("ward_number").asString()).isEqualTo("33");
        assertThat(edited.json().get("city_corporation").asString()).isEqualTo("DNCC");
        assertThat(promote.status()).isEqualTo(400);
        assertThat(promote.json().get("errors").has("user_type")).isTrue();
        assertThat(unverify.status()).isEqualTo(400);
        var row = jdbc.sql("SELECT user_type, is_staff, name FROM users WHERE id = :id").param("id", me.id())
                .query((rs, n) -> rs.getString(1) + "/" + rs.getBoolean(2) + "/" + rs.getString(3)).single();
        assertThat(row).isEqualTo("citizen/false/নতুন নাম");
    }

    @Test
    void repeating_the_current_role_in_a_full_update_is_harmless() {
        var me = citizen();
        var body = new HashMap<String, Object>();
        body.put("name", "একই");
        body.put("user_type", "citizen");
        body.put("is_verified", true);
        body.put("phone", me.phone());

        assertThat(api.as(me.accessToken()).put("/api/v1/users/profile/", body).status()).isEqualTo(200);
    }

    @Test
    void an_email_in_use_is_refused_naming_the_field() {
        var first = citizen();
        var second = citizen();
        api.as(first.accessToken()).put("/api/v1/users/profile/", Map.of("email", "same@example.com"));

        var clash = api.as(second.accessToken()).put("/api/v1/users/profile/", Map.of("email", "SAME@example.com"));

        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.json().get("errors").has("email")).isTrue();
    }

    @Test
    void a_super_admin_lists_filters_searches_orders_and_pages_users() {
        var superAdmin = staff("super_admin", null);
        for (int i = 0; i < 3; i++) {
            citizen("DSCC", "12");
        }
        var dncc = citizen("DNCC", "5");
        api.as(dncc.accessToken()).put("/api/v1/users/profile/", Map.of("name", "বিশেষ নাগরিক"));
        var as = api.as(superAdmin.accessToken());

        var all = as.get("/api/v1/users/?page_size=2");
        var ward12 = as.get("/api/v1/users/?ward_number=12&city_corporation=DSCC");
        var citizens = as.get("/api/v1/users/?user_type=citizen&is_verified=true");
        var search = as.get("/api/v1/users/?search=" + java.net.URLEncoder.encode("বিশেষ", java.nio.charset.StandardCharsets.UTF_8));
        var byName = as.get("/api/v1/users/?ordering=name&page_size=100");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("count").asInt()).isEqualTo(5);
        assertThat(all.json().get("results").size()).isEqualTo(2);
        assertThat(all.json().get("next").asString()).contains("page=2").contains("page_size=2");
        assertThat(all.json().get("previous").isNull()).isTrue();
        assertThat(as.get("/api/v1/users/?page_size=2&page=3").json().get("results").size()).isEqualTo(1);
        assertThat(as.get("/api/v1/users/?page_size=2&page=4").status()).isEqualTo(404);
        assertThat(ward12.json().get("count").asInt()).isEqualTo(3);
        assertThat(citizens.json().get("count").asInt()).isEqualTo(4);
        assertThat(search.json().get("count").asInt()).isEqualTo(1);
        var names = byName.json().get("results").valueStream().map(u -> u.get("name").asString()).toList();
        assertThat(names).isSorted();
        assertThat(as.get("/api/v1/users/?ordering=password_hash").status()).isEqualTo(400);
        assertThat(as.get("/api/v1/users/?page=abc").status()).isEqualTo(400);
        assertThat(as.get("/api/v1/users/?page_size=1000").json().get("results").size()).isEqualTo(5);
        assertThat(all.text()).doesNotContain("password_hash");
    }

    @Test
    void an_admin_sees_only_the_users_of_their_wards() {
        var admin = staff("admin", "DSCC", "12");
        var inWard = citizen("DSCC", "12");
        var otherCorporationSameNumber = citizen("DNCC", "12");
        var otherWard = citizen("DSCC", "13");
        var as = api.as(admin.accessToken());

        var list = as.get("/api/v1/users/?user_type=citizen");

        var ids = list.json().get("results").valueStream().map(u -> u.get("id").asString()).toList();
        assertThat(ids).containsExactly(inWard.id().toString());
        assertThat(as.get("/api/v1/users/" + inWard.id() + "/").status()).isEqualTo(200);
        assertThat(as.get("/api/v1/users/" + otherWard.id() + "/").status()).isEqualTo(404);
        assertThat(as.get("/api/v1/users/" + otherCorporationSameNumber.id() + "/").status()).isEqualTo(404);
        assertThat(as.delete("/api/v1/users/" + inWard.id() + "/").status()).isEqualTo(403);
    }

    @Test
    void an_admin_without_permissions_sees_nobody() {
        var admin = staff("admin", null);
        citizen();

        var list = api.as(admin.accessToken()).get("/api/v1/users/");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("count").asInt()).isZero();
    }

    @Test
    void a_super_admin_changes_a_role_and_removing_a_user_deactivates_and_signs_them_out() {
        var superAdmin = staff("super_admin", null);
        var citizen = citizen();
        var as = api.as(superAdmin.accessToken());

        var promoted = as.put("/api/v1/users/" + citizen.id() + "/", Map.of("user_type", "service_provider"));
        var removed = as.delete("/api/v1/users/" + citizen.id() + "/");

        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("user_type").asString()).isEqualTo("service_provider");
        assertThat(promoted.json().get("is_staff").asBoolean()).isTrue();
        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.as(citizen.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login/", Map.of("phone", citizen.phone(), "password", PASSWORD)).status()).isEqualTo(403);
        assertThat(as.get("/api/v1/users/" + citizen.id() + "/").json().get("is_active").asBoolean()).isFalse();
    }

    @Test
    void the_last_super_admin_cannot_be_demoted_or_removed() {
        var only = staff("super_admin", null);
        var as = api.as(only.accessToken());

        assertThat(as.put("/api/v1/users/" + only.id() + "/", Map.of("user_type", "citizen")).status()).isEqualTo(400);
        assertThat(as.delete("/api/v1/users/" + only.id() + "/").status()).isEqualTo(409);
    }

    @Test
    void unknown_and_malformed_user_ids_are_404() {
        var superAdmin = staff("super_admin", null);

        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/users/" + UUID.randomUUID() + "/").status()).isEqualTo(404);
        var malformed = api.as(superAdmin.accessToken()).get("/api/v1/users/not-a-uuid/");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_profile_route_shows_my_own_data() {
        var me = citizen();

        var profile = api.as(me.accessToken()).get("/api/v1/users/profile/");

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("id").asString()).isEqualTo(me.id().toString());
    }
}
