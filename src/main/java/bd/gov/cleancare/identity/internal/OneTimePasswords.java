package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.identity.PhoneNumber;
import bd.gov.cleancare.platform.errors.TooManyRequests;
import bd.gov.cleancare.platform.ratelimit.SlidingWindows;
import bd.gov.cleancare.platform.text.Digits;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Six-digit codes from a secure random source, stored only as an HMAC (a leaked table does not
 * reveal codes, and without the key 10^6 guesses cannot be checked offline). Valid for 5 minutes,
 * void after 5 wrong tries; sending is limited per phone across all instances.
 */
@Component
public class OneTimePasswords {

    public enum Outcome { ACCEPTED, WRONG, LOCKED, EXPIRED, NONE }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OtpProperties properties;
    private final SlidingWindows windows;
    private final SecretKeySpec key;

    public OneTimePasswords(JdbcClient jdbc, Clock clock, OtpProperties properties, SlidingWindows windows) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.windows = windows;
        this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Reserves a send for this phone or answers 429 with the wait: 1 per minute, 5 per hour. */
    public void reserveSend(PhoneNumber phone) {
        var wait = windows.acquire(minuteKey(phone), 1, properties.resendInterval());
        if (wait.isPresent()) {
            throw new TooManyRequests(wait.get(), "otp.resend.too-soon", seconds(wait.get()));
        }
        var hourly = windows.acquire(hourKey(phone), properties.maxPerHour(), Duration.ofHours(1));
        if (hourly.isPresent()) {
            throw new TooManyRequests(hourly.get(), "otp.resend.hourly-limit", properties.maxPerHour());
        }
    }

    /** The message did not go out: the citizen may try again at once (the hourly count stays). */
    public void releaseSend(PhoneNumber phone) {
        windows.clear(minuteKey(phone));
    }

    /** Creates a new code for the phone and purpose; the newest code is the only one that counts. */
    public Issued issue(PhoneNumber phone, OtpPurpose purpose) {
        var code = String.format("%06d", RANDOM.nextInt(1_000_000));
        var now = clock.instant();
        var id = jdbc.sql("""
                INSERT INTO otp_verifications (phone, otp_code, purpose, expires_at, created_at)
                VALUES (:phone, :hash, :purpose, :expires, :now) RETURNING id""")
                .param("phone", phone.value()).param("hash", hash(phone, purpose, code)).param("purpose", purpose.code())
                .param("expires", Timestamp.from(now.plus(properties.lifetime()))).param("now", Timestamp.from(now))
                .query(UUID.class).single();
        return new Issued(id, code);
    }

    public void withdraw(UUID id) {
        jdbc.sql("DELETE FROM otp_verifications WHERE id = :id").param("id", id).update();
    }

    /**
     * Checks a code against the newest one issued and consumes it when right. Call inside a
     * transaction that commits whatever the outcome: a wrong try must be counted.
     */
    public Outcome consume(PhoneNumber phone, OtpPurpose purpose, String rawCode) {
        var latest = jdbc.sql("""
                SELECT id, otp_code, is_verified, failed_attempts, expires_at FROM otp_verifications
                 WHERE phone = :phone AND purpose = :purpose ORDER BY created_at DESC LIMIT 1 FOR UPDATE""")
                .param("phone", phone.value()).param("purpose", purpose.code())
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getString("otp_code"), rs.getBoolean("is_verified"),
                        rs.getInt("failed_attempts"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
        if (latest.isEmpty() || latest.get().used()) {
            return Outcome.NONE;
        }
        var stored = latest.get();
        if (stored.failedAttempts() >= properties.maxAttempts()) {
            return Outcome.LOCKED;
        }
        if (!clock.instant().isBefore(stored.expiresAt())) {
            return Outcome.EXPIRED;
        }
        var code = Digits.toAscii(rawCode == null ? "" : rawCode.strip());
        var expected = stored.hash().getBytes(StandardCharsets.US_ASCII);
        var given = hash(phone, purpose, code).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            int failed = jdbc.sql("UPDATE otp_verifications SET failed_attempts = failed_attempts + 1 WHERE id = :id RETURNING failed_attempts")
                    .param("id", stored.id()).query(Integer.class).single();
            return failed >= properties.maxAttempts() ? Outcome.LOCKED : Outcome.WRONG;
        }
        jdbc.sql("UPDATE otp_verifications SET is_verified = TRUE WHERE id = :id").param("id", stored.id()).update();
        return Outcome.ACCEPTED;
    }

    private String hash(PhoneNumber phone, OtpPurpose purpose, String code) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            var digest = mac.doFinal((phone.value() + "|" + purpose.code() + "|" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String minuteKey(PhoneNumber phone) {
        return "cc:otp:interval:" + phone.value();
    }

    private static String hourKey(PhoneNumber phone) {
        return "cc:otp:hourly:" + phone.value();
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    public record Issued(UUID id, String code) {
    }

    private record Stored(UUID id, String hash, boolean used, int failedAttempts, java.time.Instant expiresAt) {
    }
}
