package bd.gov.cleancare.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-in sessions as refresh-token families. Each refresh rotates the pair inside the family;
 * presenting a refresh token twice means it was copied, so the whole family is revoked
 * (OAuth 2.0 Security BCP, refresh token rotation). Revoking a family revokes its access tokens too.
 */
@Component
public class Sessions {

    public enum RotationOutcome { ROTATED, UNKNOWN, REVOKED, REUSED }

    private final JdbcClient jdbc;
    private final JwtCodec jwt;
    private final JwtProperties properties;
    private final Revocations revocations;
    private final Clock clock;

    public Sessions(JdbcClient jdbc, JwtCodec jwt, JwtProperties properties, Revocations revocations, Clock clock) {
        this.jdbc = jdbc;
        this.jwt = jwt;
        this.properties = properties;
        this.revocations = revocations;
        this.clock = clock;
    }

    public Pair start(UserRow user) {
        return issue(user, UUID.randomUUID());
    }

    /** Finds the unused refresh token and locks it; tells why when it cannot be rotated. */
    public Rotation rotate(UUID refreshJti, UserRow user) {
        var row = jdbc.sql("SELECT family_id, user_id, used_at, revoked_at FROM refresh_tokens WHERE jti = :jti FOR UPDATE")
                .param("jti", refreshJti)
                .query((rs, n) -> new StoredToken(rs.getObject("family_id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getTimestamp("used_at") != null, rs.getTimestamp("revoked_at") != null))
                .optional();
        if (row.isEmpty() || !row.get().userId().equals(user.id())) {
            return new Rotation(RotationOutcome.UNKNOWN, null);
        }
        if (row.get().revoked()) {
            return new Rotation(RotationOutcome.REVOKED, null);
        }
        if (row.get().used()) {
            revokeFamily(row.get().familyId());
            return new Rotation(RotationOutcome.REUSED, null);
        }
        jdbc.sql("UPDATE refresh_tokens SET used_at = :now WHERE jti = :jti")
                .param("now", Timestamp.from(clock.instant())).param("jti", refreshJti).update();
        return new Rotation(RotationOutcome.ROTATED, issue(user, row.get().familyId()));
    }

    /** Logout: the session the access token belongs to ends, and that access token with it. */
    public void endByAccessToken(UUID accessJti, Instant accessExpiresAt) {
        revocations.revoke(accessJti, accessExpiresAt);
        familyOfAccessToken(accessJti).ifPresent(this::revokeFamily);
    }

    public void endByRefreshToken(UUID refreshJti, UUID userId) {
        jdbc.sql("SELECT family_id FROM refresh_tokens WHERE jti = :jti AND user_id = :user")
                .param("jti", refreshJti).param("user", userId).query(UUID.class).optional()
                .ifPresent(this::revokeFamily);
    }

    /** Every session of the user except the one the given access token belongs to (null: all). */
    public void endAllOf(UUID userId, UUID keepAccessJti) {
        var keep = keepAccessJti == null ? Optional.<UUID>empty() : familyOfAccessToken(keepAccessJti);
        var families = jdbc.sql("SELECT DISTINCT family_id FROM refresh_tokens WHERE user_id = :user AND revoked_at IS NULL")
                .param("user", userId).query(UUID.class).list();
        families.stream().filter(family -> keep.map(k -> !k.equals(family)).orElse(true)).forEach(this::revokeFamily);
    }

    private void revokeFamily(UUID familyId) {
        var now = clock.instant();
        List<AccessToken> live = jdbc.sql("""
                UPDATE refresh_tokens SET revoked_at = coalesce(revoked_at, :now)
                 WHERE family_id = :family
                RETURNING access_jti, access_expires_at""")
                .param("now", Timestamp.from(now)).param("family", familyId)
                .query((rs, n) -> new AccessToken(rs.getObject("access_jti", UUID.class), rs.getTimestamp("access_expires_at").toInstant()))
                .list();
        live.stream().filter(token -> token.expiresAt().isAfter(now))
                .forEach(token -> revocations.revoke(token.jti(), token.expiresAt()));
    }

    private Optional<UUID> familyOfAccessToken(UUID accessJti) {
        return jdbc.sql("SELECT family_id FROM refresh_tokens WHERE access_jti = :jti").param("jti", accessJti).query(UUID.class).optional();
    }

    private Pair issue(UserRow user, UUID familyId) {
        var now = clock.instant();
        var accessJti = UUID.randomUUID();
        var refreshJti = UUID.randomUUID();
        var accessExpires = now.plus(properties.accessTokenLifetime());
        var refreshExpires = now.plus(properties.refreshTokenLifetime());
        Map<String, Object> accessClaims = new HashMap<>();
        accessClaims.put("user_id", user.id().toString());
        accessClaims.put("phone", user.phone());
        accessClaims.put("user_type", user.userType().code());
        accessClaims.put("is_verified", user.verified());
        var access = jwt.sign(JwtCodec.ACCESS, accessJti, now, accessExpires, accessClaims);
        var refresh = jwt.sign(JwtCodec.REFRESH, refreshJti, now, refreshExpires, Map.of("user_id", user.id().toString()));
        jdbc.sql("""
                INSERT INTO refresh_tokens (jti, family_id, user_id, access_jti, access_expires_at, issued_at, expires_at)
                VALUES (:jti, :family, :user, :access, :accessExpires, :now, :expires)""")
                .param("jti", refreshJti).param("family", familyId).param("user", user.id()).param("access", accessJti)
                .param("accessExpires", Timestamp.from(accessExpires)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(refreshExpires))
                .update();
        return new Pair(access, refresh, properties.accessTokenLifetime().toSeconds());
    }

    public record Pair(String accessToken, String refreshToken, long expiresInSeconds) {
    }

    public record Rotation(RotationOutcome outcome, Pair pair) {
    }

    private record StoredToken(UUID familyId, UUID userId, boolean used, boolean revoked) {
    }

    private record AccessToken(UUID jti, Instant expiresAt) {
    }
}
