package bd.gov.cleancare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SessionTest extends ApiTest {

    @Test
    void the_access_token_carries_the_seed_claims() {
        var account = citizen();
        var payload = account.accessToken().split("\\.")[1];
        var claims = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(payload));

        assertThat(claims.get("token_type").asString()).isEqualTo("access");
        assertThat(claims.get("user_id").asString()).isEqualTo(account.id().toString());
        assertThat(claims.get("phone").asString()).isEqualTo(account.phone());
        assertThat(claims.get("user_type").asString()).isEqualTo("citizen");
        assertThat(claims.get("is_verified").asBoolean()).isTrue();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(24 * 3600);
        assertThat(claims.get("jti").asString()).isNotBlank();
    }

    @Test
    void a_refresh_returns_a_new_pair_and_the_old_refresh_token_cannot_be_used_again() {
        var account = citizen();

        var first = api.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.refreshToken()));
        var newAccess = first.json().get("access_token").asString();
        var newRefresh = first.json().get("refresh_token").asString();

        assertThat(first.status()).isEqualTo(200);
        assertThat(newAccess).isNotEqualTo(account.accessToken());
        assertThat(newRefresh).isNotEqualTo(account.refreshToken());
        assertThat(api.as(newAccess).get("/api/v1/auth/me/").status()).isEqualTo(200);
    }

    @Test
    void presenting_a_used_refresh_token_again_revokes_the_whole_family() {
        var account = citizen();
        var rotated = api.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.refreshToken())).json();

        var replay = api.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.refreshToken()));

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("code").asString()).isEqualTo("auth.token.reused");
        assertThat(api.post("/api/v1/auth/refresh/", Map.of("refresh_token", rotated.get("refresh_token").asString())).status()).isEqualTo(401);
        assertThat(api.as(rotated.get("access_token").asString()).get("/api/v1/auth/me/").status()).isEqualTo(401);
    }

    @Test
    void other_sign_ins_of_the_same_user_survive_a_theft_in_one_family() {
        var account = citizen();
        var laptop = login(account.phone(), PASSWORD);
        api.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.refreshToken()));
        api.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.refreshToken()));

        assertThat(api.as(laptop.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(200);
    }

    @Test
    void logout_revokes_the_access_and_the_refresh_token_at_once() {
        var account = citizen();

        var logout = api.as(account.accessToken()).post("/api/v1/auth/logout/", Map.of("refresh_token", account.refreshToken()));

        assertThat(logout.status()).isEqualTo(200);
        assertThat(api.as(account.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.refreshToken())).status()).isEqualTo(401);
    }

    @Test
    void logout_without_a_body_still_ends_the_session_of_the_access_token() {
        var account = citizen();

        assertThat(api.as(account.accessToken()).raw("POST", "/api/v1/auth/logout/", "application/json", new byte[0]).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.refreshToken())).status()).isEqualTo(401);
    }

    @Test
    void an_access_token_expires_after_24_hours_and_a_refresh_token_after_7_days() {
        var account = citizen();
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThat(api.as(account.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.refreshToken())).status()).isEqualTo(200);

        var later = login(account.phone(), PASSWORD);
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(api.post("/api/v1/auth/refresh/", Map.of("refresh_token", later.refreshToken())).status()).isEqualTo(401);
    }

    @Test
    void changing_the_password_ends_every_other_session_but_keeps_this_one() {
        var phoneSession = citizen();
        var laptopSession = login(phoneSession.phone(), PASSWORD);

        var change = api.as(phoneSession.accessToken()).put("/api/v1/auth/change-password/",
                Map.of("old_password", PASSWORD, "new_password", "Another-Pass-42"));

        assertThat(change.status()).isEqualTo(200);
        assertThat(api.as(phoneSession.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(200);
        assertThat(api.as(laptopSession.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh/", Map.of("refresh_token", laptopSession.refreshToken())).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login/", Map.of("phone", phoneSession.phone(), "password", "Another-Pass-42")).status()).isEqualTo(200);
    }

    @Test
    void changing_the_password_needs_the_current_one() {
        var account = citizen();

        var response = api.as(account.accessToken()).put("/api/v1/auth/change-password/",
                Map.of("old_password", "wrong-password", "new_password", "Another-Pass-42"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").has("old_password")).isTrue();
    }

    @Test
    void forged_tampered_and_misused_tokens_are_refused() {
        var account = citizen();
        var parts = account.accessToken().split("\\.");
        var claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"citizen\"", "\"super_admin\"");
        var tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "." + parts[2];
        var unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";

        assertThat(api.as(tampered).get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(api.as(unsigned).get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(api.as("garbage").get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(api.as(account.refreshToken()).get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.accessToken())).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me/").status()).isEqualTo(401);
    }

    @Test
    void five_failed_logins_lock_the_phone_for_fifteen_minutes_on_every_instance() {
        var account = citizen();
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/auth/login/", Map.of("phone", account.phone(), "password", "wrong-" + i)).status()).isEqualTo(401);
        }

        var locked = api.post("/api/v1/auth/login/", Map.of("phone", account.phone(), "password", PASSWORD));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(redis.keys("cc:login:failures:*")).isNotEmpty();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(api.post("/api/v1/auth/login/", Map.of("phone", account.phone(), "password", PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void a_successful_login_records_last_login() {
        var account = citizen();

        login(account.phone(), PASSWORD);

        var lastLogin = jdbc.sql("SELECT last_login FROM users WHERE id = :id").param("id", account.id()).query(java.sql.Timestamp.class).single();
        assertThat(lastLogin).isNotNull();
    }
}
