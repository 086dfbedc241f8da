package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.security.SignedTokens;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one-tap follow-up link's token: the question's id and an expiry, signed with HMAC-SHA256 under
 * the app's SECRET_KEY, so no login and no stored token are needed. A token that does not verify is
 * answered like an unknown page (404): a forger learns nothing.
 */
@Component
public class FollowUpTokens {

    private static final int PAYLOAD_BYTES = 24;

    private final SignedTokens tokens;

    public FollowUpTokens(FollowUpProperties properties) {
        this.tokens = new SignedTokens("follow-up", properties.secret());
    }

    /** {@code followUpId}: the question asked (links sent before V21 carry the complaint's id, which became their question's). */
    public record Claim(UUID followUpId, Instant expiresAt) {
    }

    public String issue(UUID followUpId, Instant expiresAt) {
        return tokens.issue(ByteBuffer.allocate(PAYLOAD_BYTES).putLong(followUpId.getMostSignificantBits())
                .putLong(followUpId.getLeastSignificantBits()).putLong(expiresAt.getEpochSecond()).array());
    }

    /** The claim of a genuine token (expired or not: the caller decides); a forged or garbled one is NotFound. */
    public Claim verify(String token) {
        var buffer = ByteBuffer.wrap(tokens.open(token, PAYLOAD_BYTES).orElseThrow(() -> new NotFound("follow-up.not-found")));
        return new Claim(new UUID(buffer.getLong(), buffer.getLong()), Instant.ofEpochSecond(buffer.getLong()));
    }
}
