package bd.gov.cleancare.platform.realtime;

import java.time.Duration;
import java.util.Collection;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is connected right now, on any instance: a counter per user in Redis, kept alive by each
 * instance while the connection is open (an instance that dies stops renewing, and the key expires).
 */
@Component
public class Presence {

    static final Duration TTL = Duration.ofSeconds(90);

    private final StringRedisTemplate redis;

    public Presence(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void connected(UUID userId) {
        var key = key(userId);
        redis.opsForValue().increment(key);
        redis.expire(key, TTL);
    }

    public void disconnected(UUID userId) {
        var key = key(userId);
        var left = redis.opsForValue().decrement(key);
        if (left != null && left <= 0) {
            redis.delete(key);
        }
    }

    /** Renews the users this instance holds connections for (called periodically). */
    public void stillHere(Collection<UUID> userIds) {
        userIds.forEach(id -> redis.expire(key(id), TTL));
    }

    public boolean online(UUID userId) {
        var value = redis.opsForValue().get(key(userId));
        return value != null && Long.parseLong(value) > 0;
    }

    public boolean anyOnline(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return false;
        }
        var values = redis.opsForValue().multiGet(userIds.stream().map(Presence::key).toList());
        return values != null && values.stream().anyMatch(v -> v != null && Long.parseLong(v) > 0);
    }

    private static String key(UUID userId) {
        return "cc:online:" + userId;
    }
}
