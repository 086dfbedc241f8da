package bd.gov.cleancare.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for one-tap links that need no login and no stored row: a small payload and its HMAC-SHA256
 * (truncated to 128 bits) under the app's SECRET_KEY, base64url "payload.signature". The purpose is
 * part of the key, so a token issued for one kind of link never verifies as another.
 */
public final class SignedTokens {

    private static final int SIGNATURE_BYTES = 16;
    private static final int MAX_TOKEN_LENGTH = 200;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public SignedTokens(String purpose, String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("SECRET_KEY must be set (at least 16 characters) for " + purpose + " links");
        }
        this.key = new SecretKeySpec((purpose + ":" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String issue(byte[] payload) {
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The payload of a genuine token of exactly {@code payloadBytes}; empty for a forged, garbled or foreign one. */
    public Optional<byte[]> open(String token, int payloadBytes) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        var parts = token.strip().split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            var payload = DECODER.decode(parts[0]);
            var signature = DECODER.decode(parts[1]);
            if (payload.length != payloadBytes || !MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            return Optional.of(payload);
        } catch (IllegalArgumentException garbled) {
            return Optional.empty();
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
