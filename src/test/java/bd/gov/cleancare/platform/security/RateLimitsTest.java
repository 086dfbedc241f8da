package bd.gov.cleancare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Instance;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request quotas (seed §9) are counted in Redis, so two instances enforce one quota per client. */
class RateLimitsTest extends ApiTest {

    private static Instance strict;
    private static Instance strictToo;

    @BeforeAll
    static void startTwoInstancesWithSmallQuotas() {
        var quotas = Map.of("cleancare.rate-limits.anonymous-per-window", "5", "cleancare.rate-limits.user-per-window", "8",
                "cleancare.rate-limits.auth-per-window", "4");
        strict = Instance.start(quotas);
        strictToo = Instance.start(quotas);
    }

    @AfterAll
    static void stop() {
        strict.close();
        strictToo.close();
    }

    @Test
    void an_anonymous_client_gets_its_quota_across_both_instances_then_a_problem_with_retry_after() {
        for (int i = 0; i < 5; i++) {
            var instance = i % 2 == 0 ? strict : strictToo;
            assertThat(instance.api.get("/api/v1/geo/city-corporations/").status()).isEqualTo(200);
        }
        var refused = strictToo.api.with("Accept-Language", "bn").get("/api/v1/geo/city-corporations/");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("অনুরোধ");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(strict.api.get("/actuator/health").status()).as("probes are not API calls").isEqualTo(200);
    }

    @Test
    void a_signed_in_user_has_a_quota_of_their_own() {
        var citizen = citizen();
        for (int i = 0; i < 8; i++) {
            assertThat(strict.api.as(citizen.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(200);
        }
        assertThat(strictToo.api.as(citizen.accessToken()).get("/api/v1/notifications/").status()).isEqualTo(429);
        assertThat(strictToo.api.as(citizen().accessToken()).get("/api/v1/notifications/").status())
                .as("another user's quota is untouched").isEqualTo(200);
    }

    @Test
    void sign_in_routes_have_a_stricter_quota_per_address() {
        for (int i = 0; i < 4; i++) {
            assertThat(strict.api.post("/api/v1/auth/login/", Map.of("phone", newPhone(), "password", "wrong")).status()).isEqualTo(401);
        }
        assertThat(strictToo.api.post("/api/v1/auth/login/", Map.of("phone", newPhone(), "password", "wrong")).status()).isEqualTo(429);
    }
}
