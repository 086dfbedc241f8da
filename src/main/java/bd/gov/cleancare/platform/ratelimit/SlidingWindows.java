package bd.gov.cleancare.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Sliding-window counters in Redis, shared by every instance. Times come from the injected
 * clock (not Redis' own), so windows are testable without sleeping.
 */
@Component
public class SlidingWindows {

    /** KEYS[1]; ARGV: now ms, window ms, limit, member, record (1/0). Returns 0 or ms until a slot frees. */
    private static final RedisScript<Long> ACQUIRE = RedisScript.of("""
            local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            local count = redis.call('ZCARD', KEYS[1])
            if count >= limit then
              local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
              return math.max(1, tonumber(oldest[2]) + window - now)
            end
            if ARGV[5] == '1' then
              redis.call('ZADD', KEYS[1], now, ARGV[4])
              redis.call('PEXPIRE', KEYS[1], window)
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final Clock clock;

    public SlidingWindows(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** Counts one event unless the window is full; when full, how long until it is not. */
    public Optional<Duration> acquire(String key, int limit, Duration window) {
        return run(key, limit, window, true);
    }

    /** How long the window stays full, without counting anything. */
    public Optional<Duration> blocked(String key, int limit, Duration window) {
        return run(key, limit, window, false);
    }

    /** Counts one event regardless of the limit (e.g. a failed login). */
    public void record(String key, Duration window) {
        run(key, Integer.MAX_VALUE, window, true);
    }

    public void clear(String key) {
        redis.delete(key);
    }

    private Optional<Duration> run(String key, int limit, Duration window, boolean record) {
        long now = clock.millis();
        Long waitMs = redis.execute(ACQUIRE, List.of(key), Long.toString(now), Long.toString(window.toMillis()),
                Integer.toString(limit), now + ":" + UUID.randomUUID(), record ? "1" : "0");
        return waitMs == null || waitMs == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(waitMs));
    }
}
