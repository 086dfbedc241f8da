package bd.gov.cleancare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A failure in a filter (a page's Redis session, the token revocation check) that is an outage of
 * Redis or the database (no connection to begin a transaction with) answers 503, not 500 (bench/faults/stop-redis.sh found GET /login at 500).
 */
class ErrorEndpointOutageTest {

    @Test
    void redisTimeoutsAndLostConnectionsAreOutages() {
        assertThat(ErrorEndpoint.isOutage(new ServletException(new QueryTimeoutException("Redis command timed out")))).isTrue();
        assertThat(ErrorEndpoint.isOutage(new RedisConnectionFailureException("Unable to connect to Redis"))).isTrue();
        assertThat(ErrorEndpoint.isOutage(new CannotCreateTransactionException("Could not open JDBC Connection"))).isTrue();
    }

    @Test
    void bugsAreNot() {
        assertThat(ErrorEndpoint.isOutage(new ServletException(new IllegalStateException("a bug")))).isFalse();
    }
}
