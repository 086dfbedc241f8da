package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.platform.errors.NotFound;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The one-tap follow-up link's token: the complaint id and an expiry, signed with HMAC-SHA256 under
 * the app's SECRET_KEY, so no login and no stored token are needed. A token that does not verify is
 * answered like an unknown page (404): a forger learns nothing.
 */
@Component
public class FollowUpTokens {

    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public FollowUpTokens(FollowUpProperties properties) {
        if (properties.secret() == null || properties.secret().length() < 16) {
            throw new IllegalStateException("SECRET_KEY must be set (at least 16 characters) for follow-up links");
        }
        this.key = new SecretKeySpec(("follow-up:" + properties.secret()).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public record Claim(UUID complaintId, Instant expiresAt) {
    }

    public String issue(UUID complaintId, Instant expiresAt) {
        var payload = ByteBuffer.allocate(24).putLong(complaintId.getMostSignificantBits())
                .putLong(complaintId.getLeastSignificantBits()).putLong(expiresAt.getEpochSecond()).array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The claim of a genuine token (expired or not: the caller decides); a forged or garbled one is NotFound. */
    public Claim verify(String token) {
        try {
            var parts = token == null ? new String[0] : token.strip().split("\\.", -1);
            if (parts.length != 2 || token.length() > 200) {
                throw new NotFound("follow-up.not-found");
            }
            var payload = DECODER.decode(parts[0]);
            var signature = DECODER.decode(parts[1]);
            if (payload.length != 24 || !MessageDigest.isEqual(sign(payload), signature)) {
                throw new NotFound("follow-up.not-found");
            }
            var buffer = ByteBuffer.wrap(payload);
            return new Claim(new UUID(buffer.getLong(), buffer.getLong()), Instant.ofEpochSecond(buffer.getLong()));
        } catch (IllegalArgumentException garbled) {
            throw new NotFound("follow-up.not-found");
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
