package bd.gov.cleancare.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A partner's API key: "cc_" and 32 random bytes in base64url. The database keeps its SHA-256 only;
 * a fast hash is enough because the key is random, not a password someone chose.
 */
public record ApiKey(String value) {

    static final String PREFIX = "cc_";
    static final int PREFIX_LENGTH = 8;
    private static final Pattern SHAPE = Pattern.compile("cc_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApiKey generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ApiKey(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether a presented value could be a key at all (saves a database look-up for garbage). */
    public static boolean wellFormed(String presented) {
        return presented != null && SHAPE.matcher(presented).matches();
    }

    public String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    public String hash() {
        return hash(value);
    }

    public static String hash(String presented) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }
}
