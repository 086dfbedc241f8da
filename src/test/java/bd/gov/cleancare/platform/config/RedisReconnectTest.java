package bd.gov.cleancare.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.resource.DefaultClientResources;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** After a long Redis outage, the next reconnection attempt is at most a second away (Lettuce's default grows to 30 s). */
class RedisReconnectTest {

    @Test
    void reconnectionAttemptsAreNeverMoreThanASecondApart() throws Exception {
        var builder = DefaultClientResources.builder();
        new RedisReconnect().redisReconnectDelay().customize(builder);
        var resources = builder.build();
        try {
            var delay = resources.reconnectDelay();
            assertThat(delay.createDelay(1)).isLessThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(delay.createDelay(30)).isEqualTo(Duration.ofSeconds(1));
        } finally {
            resources.shutdown().get();
        }
    }
}
