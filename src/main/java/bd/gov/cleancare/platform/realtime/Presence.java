package bd.gov.cleancare.platform.realtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Who is connected right now, and where ("anywhere", or a chat room), on any instance. Each open
 * connection is a member of a sorted set scored by when it lapses; instances renew their own
 * connections, so those of an instance that died lapse by themselves instead of counting forever.
 * Many keys go in one script: one round trip on the shared connection (a pipeline would open its own).
 */
@Component
public class Presence {

    public static final String ANYWHERE = "any";
    static final Duration TTL = Duration.ofSeconds(90);
    private static final int RENEW_BATCH = 500;

    /** KEYS: sets; ARGV: lapse time, ttl seconds, then one connection id per key. */
    private static final RedisScript<Long> RENEW = RedisScript.of("""
            for i, key in ipairs(KEYS) do
              redis.call('ZADD', key, ARGV[1], ARGV[i + 2])
              redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. ARGV[3 + #KEYS])
              redis.call('EXPIRE', key, ARGV[2])
            end
            return #KEYS""", Long.class);

    /** KEYS: sets; ARGV: now. 1 when any set has a connection that has not lapsed. */
    private static final RedisScript<Long> ANY = RedisScript.of("""
            for _, key in ipairs(KEYS) do
              if redis.call('ZCOUNT', key, ARGV[1], '+inf') > 0 then return 1 end
            end
            return 0""", Long.class);

    /** KEYS: sets; ARGV: now. The 1-based positions of the sets with no live connection. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ABSENT = RedisScript.of("""
            local absent = {}
            for i, key in ipairs(KEYS) do
              if redis.call('ZCOUNT', key, ARGV[1], '+inf') == 0 then table.insert(absent, i) end
            end
            return absent""", List.class);

    private final StringRedisTemplate redis;

    public Presence(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** One open connection of a user in a place. */
    public record Seat(String place, UUID userId, String connection) {
    }

    public void leave(Seat seat) {
        redis.opsForZSet().remove(key(seat.place(), seat.userId()), seat.connection());
    }

    /**
     * Takes or keeps these seats for another TTL, and drops lapsed ones from their sets; a script
     * call per 500 seats, so Redis never stalls the messages behind one long script.
     */
    public void renew(Collection<Seat> seats) {
        var all = List.copyOf(seats);
        for (int from = 0; from < all.size(); from += RENEW_BATCH) {
            renewBatch(all.subList(from, Math.min(all.size(), from + RENEW_BATCH)));
        }
    }

    private void renewBatch(List<Seat> seats) {
        // Wall time, not the application clock: presence lapses in real time, as Redis keys expire.
        long now = System.currentTimeMillis();
        var keys = new ArrayList<String>(seats.size());
        var args = new ArrayList<String>(seats.size() + 3);
        args.add(String.valueOf(now + TTL.toMillis()));
        args.add(String.valueOf(TTL.toSeconds()));
        for (var seat : seats) {
            keys.add(key(seat.place(), seat.userId()));
            args.add(seat.connection());
        }
        args.add(String.valueOf(now));
        redis.execute(RENEW, keys, args.toArray());
    }

    public boolean online(String place, UUID userId) {
        return anyOnline(place, List.of(userId));
    }

    public boolean anyOnline(String place, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return false;
        }
        var keys = userIds.stream().map(id -> key(place, id)).toList();
        return Long.valueOf(1).equals(redis.execute(ANY, keys, String.valueOf(System.currentTimeMillis())));
    }

    /** Those of {@code userIds} with no open connection in the place. */
    public List<UUID> absent(String place, List<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        var keys = userIds.stream().map(id -> key(place, id)).toList();
        List<?> positions = redis.execute(ABSENT, keys, String.valueOf(System.currentTimeMillis()));
        return positions == null ? userIds : positions.stream().map(i -> userIds.get(((Number) i).intValue() - 1)).toList();
    }

    private static String key(String place, UUID userId) {
        return "cc:online:" + place + ":" + userId;
    }
}
