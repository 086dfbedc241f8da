package bd.gov.cleancare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneTimePasswordTest extends ApiTest {

    private String registerPending() {
        var phone = newPhone();
        var response = api.post("/api/v1/auth/register/", Map.of("phone", phone, "name", "অপেক্ষমাণ", "password", PASSWORD));
        assertThat(response.status()).isEqualTo(201);
        return phone;
    }

    private Http.Response verify(String phone, String code) {
        return api.post("/api/v1/auth/verify-otp/", Map.of("phone", phone, "otp_code", code));
    }

    @Test
    void codes_are_six_digits_and_stored_only_as_a_hash() {
        var phone = registerPending();
        var code = sms.lastCodeFor(phone);

        var stored = jdbc.sql("SELECT otp_code FROM otp_verifications WHERE phone = :p").param("p", phone).query(String.class).single();

        assertThat(code).matches("\\d{6}");
        assertThat(stored).isNotEqualTo(code).doesNotContain(code).hasSize(64);
    }

    @Test
    void a_code_expires_after_five_minutes() {
        var phone = registerPending();
        var code = sms.lastCodeFor(phone);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        var late = verify(phone, code);

        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().get("code").asString()).isEqualTo("otp.expired");
        assertThat(late.json().get("errors").has("otp_code")).isTrue();
    }

    @Test
    void a_code_works_in_bengali_digits_and_only_once() {
        var phone = registerPending();
        var code = sms.lastCodeFor(phone);
        var bengali = bd.gov.cleancare.platform.text.Digits.toBengali(code);

        assertThat(verify(phone, bengali).status()).isEqualTo(200);
        assertThat(verify(phone, code).status()).isEqualTo(400);
    }

    @Test
    void five_wrong_tries_void_the_code_even_for_the_right_one_afterwards() {
        var phone = registerPending();
        var code = sms.lastCodeFor(phone);
        var wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            assertThat(verify(phone, wrong).status()).isEqualTo(400);
        }
        var right = verify(phone, code);

        assertThat(right.status()).isEqualTo(400);
        assertThat(right.json().get("code").asString()).isEqualTo("otp.locked");
        assertThat(jdbc.sql("SELECT is_verified FROM users WHERE phone = :p").param("p", phone).query(Boolean.class).single()).isFalse();
    }

    @Test
    void a_resend_within_sixty_seconds_is_refused_with_retry_after() {
        var phone = registerPending();

        var tooSoon = api.post("/api/v1/auth/resend-otp/", Map.of("phone", phone));
        clock.advance(Duration.ofSeconds(61));
        var later = api.post("/api/v1/auth/resend-otp/", Map.of("phone", phone));

        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(Integer.parseInt(tooSoon.header("Retry-After"))).isBetween(1, 60);
        assertThat(later.status()).isEqualTo(200);
        assertThat(sms.sent()).hasSize(2);
    }

    @Test
    void at_most_five_codes_an_hour_go_to_one_phone() {
        var phone = registerPending();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(api.post("/api/v1/auth/resend-otp/", Map.of("phone", phone)).status()).isEqualTo(200);
        }
        clock.advance(Duration.ofSeconds(61));

        var sixth = api.post("/api/v1/auth/resend-otp/", Map.of("phone", phone));

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isGreaterThan(60).isLessThanOrEqualTo(3600);
        assertThat(sms.sent()).hasSize(5);
        clock.advance(Duration.ofHours(1));
        assertThat(api.post("/api/v1/auth/resend-otp/", Map.of("phone", phone)).status()).isEqualTo(200);
    }

    @Test
    void only_the_newest_code_counts() {
        var phone = registerPending();
        var first = sms.lastCodeFor(phone);
        clock.advance(Duration.ofSeconds(61));
        api.post("/api/v1/auth/resend-otp/", Map.of("phone", phone));
        var second = sms.lastCodeFor(phone);

        if (!first.equals(second)) {
            assertThat(verify(phone, first).status()).isEqualTo(400);
        }
        assertThat(verify(phone, second).status()).isEqualTo(200);
    }

    @Test
    void a_failing_sms_gateway_keeps_the_registration_and_answers_503_on_resend() {
        sms.failing(true);
        var phone = newPhone();

        var registered = api.post("/api/v1/auth/register/", Map.of("phone", phone, "name", "রহিম", "password", PASSWORD));
        var resend = api.post("/api/v1/auth/resend-otp/", Map.of("phone", phone));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("otp_sent").asBoolean()).isFalse();
        assertThat(resend.status()).isEqualTo(503);
        assertThat(resend.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE phone = :p").param("p", phone).query(Long.class).single()).isEqualTo(1);

        sms.failing(false);
        var recovered = api.post("/api/v1/auth/resend-otp/", Map.of("phone", phone));
        assertThat(recovered.status()).isEqualTo(200);
        assertThat(verify(phone, sms.lastCodeFor(phone)).status()).isEqualTo(200);
    }

    @Test
    void resending_for_a_phone_without_a_pending_registration_is_refused() {
        var verified = citizen();

        var response = api.post("/api/v1/auth/resend-otp/", Map.of("phone", verified.phone()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").has("phone")).isTrue();
    }

    @Test
    void a_verified_citizen_can_sign_in_with_a_login_code() {
        var account = citizen();
        clock.advance(Duration.ofSeconds(61));
        assertThat(api.post("/api/v1/auth/resend-otp/", Map.of("phone", account.phone(), "purpose", "login")).status()).isEqualTo(200);

        var response = api.post("/api/v1/auth/verify-otp/", Map.of("phone", account.phone(), "otp_code",
                sms.lastCodeFor(account.phone()), "purpose", "login"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("access_token").asString()).isNotBlank();
    }

    @Test
    void forgot_and_reset_password_sets_the_new_password_and_ends_every_session() {
        var account = citizen();
        clock.advance(Duration.ofSeconds(61));
        assertThat(api.post("/api/v1/auth/forgot-password/", Map.of("phone", account.phone())).status()).isEqualTo(200);

        var reset = api.post("/api/v1/auth/reset-password/", Map.of("phone", account.phone(),
                "otp_code", sms.lastCodeFor(account.phone()), "new_password", "Brand-New-Pass-9"));

        assertThat(reset.status()).isEqualTo(200);
        assertThat(api.as(account.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.refreshToken())).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login/", Map.of("phone", account.phone(), "password", PASSWORD)).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login/", Map.of("phone", account.phone(), "password", "Brand-New-Pass-9")).status()).isEqualTo(200);
    }

    @Test
    void forgot_password_answers_the_same_for_an_unknown_phone_and_sends_nothing() {
        var response = api.post("/api/v1/auth/forgot-password/", Map.of("phone", newPhone()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(sms.sent()).isEmpty();
    }
}
