package bd.gov.cleancare.platform.config;

import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lettuce retries a lost Redis connection with a backoff that grows to 30 s by default: after a
 * 20 s outage the instances stayed on 503 for another 13 s with Redis already back
 * (bench/faults/stop-redis.sh). Retrying at most every second ends that within a second.
 */
@Configuration(proxyBeanMethods = false)
class RedisReconnect {

    static final Duration MAX_DELAY = Duration.ofSeconds(1);

    @Bean
    ClientResourcesBuilderCustomizer redisReconnectDelay() {
        return builder -> builder.reconnectDelay(Delay.exponential(Duration.ofMillis(50), MAX_DELAY, 2, TimeUnit.MILLISECONDS));
    }
}
