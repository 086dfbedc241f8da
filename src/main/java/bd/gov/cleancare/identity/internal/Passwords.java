package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.platform.errors.RuleViolated;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The password policy and the adaptive hash; a password is never logged or returned. */
@Component
public class Passwords {

    static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; longer input would be silently cut, so it is refused. */
    static final int MAX_BYTES = 72;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder encoder;
    /** Compared against when the phone is unknown, so both cases cost the same time. */
    private final String decoy;

    public Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.decoy = encoder.encode("decoy-password-for-timing");
    }

    public String hashNew(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw RuleViolated.onField(field, "password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw RuleViolated.onField(field, "password.too-long", MAX_BYTES);
        }
        return encoder.encode(password);
    }

    /** A real hash of a secret nobody is told: the account exists, but no password signs in to it. */
    public String unusable() {
        var secret = new byte[32];
        RANDOM.nextBytes(secret);
        return encoder.encode(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    public boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            encoder.matches("x", decoy);
            return false;
        }
        return encoder.matches(password, hash == null ? decoy : hash) && hash != null;
    }
}
