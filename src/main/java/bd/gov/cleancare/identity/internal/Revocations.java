package bd.gov.cleancare.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Revoked access tokens, in Redis so that every instance refuses them at once. An entry lives
 * only as long as the token could have.
 */
@Component
public class Revocations {

    private final StringRedisTemplate redis;
    private final Clock clock;

    public Revocations(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    public void revoke(UUID accessJti, Instant expiresAt) {
        var remaining = Duration.between(clock.instant(), expiresAt);
        if (!remaining.isNegative() && !remaining.isZero()) {
            // Redis keeps real time while tests move the clock: keep entries at least a minute.
            redis.opsForValue().set(key(accessJti), "1", remaining.plusMinutes(1));
        }
    }

    public boolean isRevoked(UUID accessJti) {
        return Boolean.TRUE.equals(redis.hasKey(key(accessJti)));
    }

    public java.util.Set<UUID> revokedAmong(java.util.Collection<UUID> jtis) {
        var ids = java.util.List.copyOf(jtis);
        var found = redis.opsForValue().multiGet(ids.stream().map(Revocations::key).toList());
        var revoked = new java.util.HashSet<UUID>();
        for (int i = 0; found != null && i < ids.size(); i++) {
            if (found.get(i) != null) {
                revoked.add(ids.get(i));
            }
        }
        return revoked;
    }

    private static String key(UUID jti) {
        return "cc:revoked:" + jti;
    }
}
