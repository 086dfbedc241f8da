package bd.gov.cleancare.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PartnerKeysTest extends GeoReportTest {

    @Test
    void a_super_admin_issues_a_key_that_is_shown_once_and_then_listed_by_its_prefix_only() throws Exception {
        var admin = superAdmin();
        var phone = newPhone();

        var issued = api.as(admin.accessToken()).post("/api/v1/open311/keys/", Map.of("partner_name", "FixMyDhaka", "phone", phone));

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        var body = issued.json();
        var key = body.get("key").asString();
        assertThat(key).matches("cc_[A-Za-z0-9_-]{43}");
        assertThat(body.get("key_prefix").asString()).isEqualTo(key.substring(0, 8));
        assertThat(body.get("partner_name").asString()).isEqualTo("FixMyDhaka");
        assertThat(body.get("created_at").isNull()).isFalse();
        var stored = jdbc.sql("SELECT key_hash, key_prefix, created_by FROM open311_api_keys").query().singleRow();
        var sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored.get("key_hash")).isEqualTo(sha256);
        assertThat(stored.get("created_by")).isEqualTo(admin.id());

        var list = api.as(admin.accessToken()).get("/api/v1/open311/keys/");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("count").asInt()).isEqualTo(1);
        var listed = list.json().get("results").get(0);
        assertThat(listed.has("key")).isFalse();
        assertThat(listed.get("key_prefix").asString()).isEqualTo(key.substring(0, 8));
        assertThat(listed.get("revoked_at").isNull()).isTrue();
        assertThat(list.text()).doesNotContain(key).doesNotContain(sha256);
    }

    @Test
    void the_partner_files_under_a_verified_account_on_its_phone_that_no_password_opens() {
        var phone = newPhone();
        var issued = api.as(superAdmin().accessToken())
                .post("/api/v1/open311/keys/", Map.of("partner_name", "Dhaka Civic App", "phone", phone)).json();

        var account = jdbc.sql("SELECT id, name, user_type, is_verified FROM users WHERE phone = :phone").param("phone", phone)
                .query().singleRow();
        assertThat(account.get("id")).isEqualTo(UUID.fromString(issued.get("user_id").asString()));
        assertThat(account.get("name")).isEqualTo("Dhaka Civic App");
        assertThat(account.get("user_type")).isEqualTo("citizen");
        assertThat(account.get("is_verified")).isEqualTo(true);
        assertThat(api.post("/api/v1/auth/login/", Map.of("phone", phone, "password", PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void a_citizens_phone_is_reused_but_a_staff_phone_is_refused() {
        var admin = superAdmin();
        var citizen = citizen();
        var staff = staff("admin", "DSCC", "12");

        var forCitizen = api.as(admin.accessToken()).post("/api/v1/open311/keys/", Map.of("partner_name", "Ward 12 app", "phone", citizen.phone()));
        var forStaff = api.as(admin.accessToken()).post("/api/v1/open311/keys/", Map.of("partner_name", "Staff app", "phone", staff.phone()));

        assertThat(forCitizen.status()).isEqualTo(201);
        assertThat(forCitizen.json().get("user_id").asString()).isEqualTo(citizen.id().toString());
        assertThat(forStaff.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM open311_api_keys").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void only_a_super_admin_manages_keys() {
        var key = partnerKey();
        var id = jdbc.sql("SELECT id FROM open311_api_keys").query(UUID.class).single();
        var form = Map.of("partner_name", "Sneaky", "phone", newPhone());

        for (var who : new Account[] {staff("admin", "DSCC", "12"), citizen()}) {
            var as = api.as(who.accessToken());
            assertThat(as.post("/api/v1/open311/keys/", form).status()).isEqualTo(403);
            assertThat(as.get("/api/v1/open311/keys/").status()).isEqualTo(403);
            assertThat(as.delete("/api/v1/open311/keys/" + id + "/").status()).isEqualTo(403);
        }
        assertThat(api.post("/api/v1/open311/keys/", form).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/open311/keys/").status()).isEqualTo(401);
        assertThat(postForm("json", request(key, Map.of())).status()).isEqualTo(200);
    }

    @Test
    void a_revoked_key_is_refused_with_403_in_the_specs_error_format() {
        var admin = superAdmin();
        var key = api.as(admin.accessToken()).post("/api/v1/open311/keys/", Map.of("partner_name", "Old app", "phone", newPhone()))
                .json().get("key").asString();
        var id = jdbc.sql("SELECT id FROM open311_api_keys").query(UUID.class).single();
        assertThat(postForm("json", request(key, Map.of())).status()).isEqualTo(200);

        assertThat(api.as(admin.accessToken()).delete("/api/v1/open311/keys/" + id + "/").status()).isEqualTo(204);

        var refused = postForm("json", request(key, Map.of()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get(0).get("code").asInt()).isEqualTo(403);
        var refusedXml = xml(postForm("xml", request(key, Map.of())));
        assertThat(refusedXml.getTagName()).isEqualTo("errors");
        assertThat(childText(children(refusedXml).getFirst(), "code")).isEqualTo("403");
        var listed = api.as(admin.accessToken()).get("/api/v1/open311/keys/").json().get("results").get(0);
        assertThat(listed.get("revoked_at").isNull()).isFalse();
        assertThat(listed.get("last_used_at").isNull()).isFalse();
        assertThat(api.as(admin.accessToken()).delete("/api/v1/open311/keys/" + id + "/").status()).isEqualTo(204);
        assertThat(api.as(admin.accessToken()).delete("/api/v1/open311/keys/" + UUID.randomUUID() + "/").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_key_needs_a_partner_name_and_a_bangladeshi_mobile_number() {
        var as = api.as(superAdmin().accessToken()).with("Accept-Language", "en");

        var noName = as.post("/api/v1/open311/keys/", Map.of("partner_name", " ", "phone", newPhone()));
        var badPhone = as.post("/api/v1/open311/keys/", Map.of("partner_name", "App", "phone", "12345"));

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").has("partner_name")).isTrue();
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().get("errors").has("phone")).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM open311_api_keys").query(Long.class).single()).isZero();
    }
}
