package bd.gov.cleancare.platform.realtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is connected right now, and where ("anywhere", or a chat room), on any instance. Each open
 * connection is a member of a sorted set scored by when it lapses; instances renew their own
 * connections, so those of an instance that died lapse by themselves instead of counting forever.
 */
@Component
public class Presence {

    public static final String ANYWHERE = "any";
    static final Duration TTL = Duration.ofSeconds(90);

    private final StringRedisTemplate redis;

    public Presence(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** One open connection of a user in a place. */
    public record Seat(String place, UUID userId, String connection) {
    }

    public void take(Seat seat) {
        renew(List.of(seat));
    }

    public void leave(Seat seat) {
        redis.opsForZSet().remove(key(seat.place(), seat.userId()), seat.connection());
    }

    /** Keeps this instance's connections present for another TTL (called periodically, one round trip). */
    public void renew(Collection<Seat> seats) {
        if (seats.isEmpty()) {
            return;
        }
        // Wall time, not the application clock: presence lapses in real time, as Redis keys expire.
        double lapses = System.currentTimeMillis() + TTL.toMillis();
        redis.executePipelined((RedisCallback<Object>) connection -> {
            for (var seat : seats) {
                var key = key(seat.place(), seat.userId()).getBytes(StandardCharsets.UTF_8);
                connection.zSetCommands().zAdd(key, lapses, seat.connection().getBytes(StandardCharsets.UTF_8));
                connection.keyCommands().expire(key, TTL.toSeconds());
            }
            return null;
        });
    }

    public boolean online(String place, UUID userId) {
        return anyOnline(place, List.of(userId));
    }

    public boolean anyOnline(String place, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return false;
        }
        double now = System.currentTimeMillis();
        var counts = redis.executePipelined((RedisCallback<Object>) connection -> {
            for (var userId : userIds) {
                connection.zSetCommands().zCount(key(place, userId).getBytes(StandardCharsets.UTF_8), now, Double.POSITIVE_INFINITY);
            }
            return null;
        });
        return counts.stream().anyMatch(count -> count instanceof Long n && n > 0);
    }

    private static String key(String place, UUID userId) {
        return "cc:online:" + place + ":" + userId;
    }
}
