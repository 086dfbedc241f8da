package bd.gov.cleancare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import bd.gov.cleancare.support.Instance;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A second instance on the same PostgreSQL and Redis, as behind a load balancer. */
class TwoInstancesTest extends ApiTest {

    private static Instance secondInstance;
    private static Http second;

    @BeforeAll
    static void startSecondInstance() {
        secondInstance = Instance.start(Map.of());
        second = secondInstance.api;
    }

    @AfterAll
    static void stopSecondInstance() {
        secondInstance.close();
    }

    @Test
    void a_token_issued_by_one_instance_works_on_the_other_and_logout_revokes_it_on_both() {
        var account = citizen();
        assertThat(second.as(account.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(200);

        api.as(account.accessToken()).post("/api/v1/auth/logout/", Map.of());

        assertThat(second.as(account.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(401);
        assertThat(second.post("/api/v1/auth/refresh/", Map.of("refresh_token", account.refreshToken())).status()).isEqualTo(401);
    }

    @Test
    void failed_logins_on_both_instances_count_towards_one_throttle() {
        var account = citizen();
        for (int i = 0; i < 5; i++) {
            var instance = i % 2 == 0 ? api : second;
            assertThat(instance.post("/api/v1/auth/login/", Map.of("phone", account.phone(), "password", "wrong-" + i)).status()).isEqualTo(401);
        }

        assertThat(second.post("/api/v1/auth/login/", Map.of("phone", account.phone(), "password", PASSWORD)).status()).isEqualTo(429);
    }
}
