package bd.gov.cleancare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationTest extends ApiTest {

    @Test
    void a_citizen_registers_verifies_the_sms_code_and_is_signed_in() {
        var registered = api.post("/api/v1/auth/register/", Map.of("phone", "০১৭১২-৩৪৫৬৭৮", "name", "রহিম উদ্দিন",
                "password", PASSWORD, "nid", "১২৩৪৫৬৭৮৯০", "city_corporation", "dscc", "ward_number", "১২"));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("phone").asString()).isEqualTo("+8801712345678");
        assertThat(registered.json().get("user_id").asString()).isNotBlank();
        assertThat(registered.json().get("message").asString()).isNotBlank();
        assertThat(sms.sent()).singleElement().satisfies(sent -> assertThat(sent.phone()).isEqualTo("+8801712345678"));

        var verified = api.post("/api/v1/auth/verify-otp/", Map.of("phone", "01712345678", "otp_code", sms.lastCodeFor("+8801712345678")));

        assertThat(verified.status()).isEqualTo(200);
        var body = verified.json();
        assertThat(body.get("access_token").asString()).isNotBlank();
        assertThat(body.get("refresh_token").asString()).isNotBlank();
        assertThat(body.get("user").get("phone").asString()).isEqualTo("+8801712345678");
        assertThat(body.get("user").get("user_type").asString()).isEqualTo("citizen");
        assertThat(body.get("user").get("ward_number").asString()).isEqualTo("12");
        assertThat(body.get("user").get("city_corporation").asString()).isEqualTo("DSCC");

        var me = api.as(body.get("access_token").asString()).get("/api/v1/auth/me/");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("name").asString()).isEqualTo("রহিম উদ্দিন");
        assertThat(me.json().get("nid").asString()).isEqualTo("1234567890");
        assertThat(me.json().get("is_verified").asBoolean()).isTrue();
        assertThat(me.json().has("password_hash")).isFalse();
        assertThat(me.text()).doesNotContain(PASSWORD);
    }

    @Test
    void logging_in_before_verifying_is_refused_with_403_and_a_wrong_password_with_401() {
        var phone = newPhone();
        api.post("/api/v1/auth/register/", Map.of("phone", phone, "name", "করিম", "password", PASSWORD));

        var unverified = api.post("/api/v1/auth/login/", Map.of("phone", phone, "password", PASSWORD));
        var wrong = api.post("/api/v1/auth/login/", Map.of("phone", phone, "password", "not-the-password"));

        assertThat(unverified.status()).isEqualTo(403);
        assertThat(unverified.contentType()).startsWith("application/problem+json");
        assertThat(unverified.json().get("error").asString()).isNotBlank();
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void a_verified_phone_cannot_register_again() {
        var existing = citizen();

        var again = api.post("/api/v1/auth/register/", Map.of("phone", existing.phone(), "name", "অন্য কেউ", "password", PASSWORD));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").has("phone")).isTrue();
    }

    @Test
    void bad_registration_fields_are_named_in_the_problem() {
        var response = api.with("Accept-Language", "en").post("/api/v1/auth/register/", Map.of(
                "phone", "01212345678", "name", "X", "password", PASSWORD));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get("phone").get(0).asString()).contains("Bangladeshi mobile number");

        var shortPassword = api.post("/api/v1/auth/register/", Map.of("phone", newPhone(), "name", "X", "password", "short"));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().get("errors").has("password")).isTrue();

        var badNid = api.post("/api/v1/auth/register/", Map.of("phone", newPhone(), "name", "X", "password", PASSWORD, "nid", "12345"));
        assertThat(badNid.json().get("errors").has("nid")).isTrue();

        var missingName = api.post("/api/v1/auth/register/", Map.of("phone", newPhone(), "password", PASSWORD));
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.json().get("errors").has("name")).isTrue();
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    void a_ward_must_exist_in_the_chosen_city_corporation() {
        var dnccWard60 = api.post("/api/v1/auth/register/", Map.of("phone", newPhone(), "name", "X", "password", PASSWORD,
                "city_corporation", "DNCC", "ward_number", "60"));
        var dsccWard60 = api.post("/api/v1/auth/register/", Map.of("phone", newPhone(), "name", "X", "password", PASSWORD,
                "city_corporation", "DSCC", "ward_number", "60"));
        var unknownCorporation = api.post("/api/v1/auth/register/", Map.of("phone", newPhone(), "name", "X", "password", PASSWORD,
                "city_corporation", "CTG", "ward_number", "1"));

        assertThat(dnccWard60.status()).isEqualTo(400);
        assertThat(dnccWard60.json().get("errors").has("ward_number")).isTrue();
        assertThat(dsccWard60.status()).isEqualTo(201);
        assertThat(unknownCorporation.json().get("errors").has("city_corporation")).isTrue();
    }

    @Test
    void registering_again_before_verification_replaces_the_pending_details() {
        var phone = newPhone();
        api.post("/api/v1/auth/register/", Map.of("phone", phone, "name", "প্রথম", "password", PASSWORD));
        clock.advance(java.time.Duration.ofSeconds(61));

        var again = api.post("/api/v1/auth/register/", Map.of("phone", phone, "name", "দ্বিতীয়", "password", PASSWORD));
        var verified = api.post("/api/v1/auth/verify-otp/", Map.of("phone", phone, "otp_code", sms.lastCodeFor(phone)));

        assertThat(again.status()).isEqualTo(201);
        assertThat(verified.json().get("user").get("name").asString()).isEqualTo("দ্বিতীয়");
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE phone = :p").param("p", phone).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_registration_cannot_grant_itself_a_role_or_skip_verification() {
        var phone = newPhone();

        var response = api.post("/api/v1/auth/register/", Map.of("phone", phone, "name", "চালাক", "password", PASSWORD,
                "user_type", "super_admin", "is_verified", true, "is_staff", true, "is_active", true));

        assertThat(response.status()).isEqualTo(201);
        var row = jdbc.sql("SELECT user_type || '/' || is_verified || '/' || is_staff FROM users WHERE phone = :p")
                .param("p", phone).query(String.class).single();
        assertThat(row).isEqualTo("citizen/false/false");
        assertThat(api.post("/api/v1/auth/login/", Map.of("phone", phone, "password", PASSWORD)).status()).isEqualTo(403);
    }
}
