package bd.gov.cleancare.identity;

import bd.gov.cleancare.identity.internal.JwtCodec;
import bd.gov.cleancare.identity.internal.LoginThrottle;
import bd.gov.cleancare.identity.internal.NewUser;
import bd.gov.cleancare.identity.internal.OneTimePasswords;
import bd.gov.cleancare.identity.internal.OtpPurpose;
import bd.gov.cleancare.identity.internal.Passwords;
import bd.gov.cleancare.identity.internal.ProfileRules;
import bd.gov.cleancare.identity.internal.Sessions;
import bd.gov.cleancare.identity.internal.UserRepository;
import bd.gov.cleancare.identity.internal.UserRow;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.ProblemException;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.errors.Unauthorized;
import bd.gov.cleancare.platform.errors.Unavailable;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.sms.Sms;
import bd.gov.cleancare.platform.sms.SmsNotSent;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up, sign-in and sessions (seed §4): phone + OTP verification, password login, JWT pairs
 * with rotating refresh tokens, logout and password changes that end sessions everywhere.
 */
@Service
public class Authentication {

    private static final Logger log = LoggerFactory.getLogger(Authentication.class);

    private final UserRepository users;
    private final OneTimePasswords otps;
    private final Sessions sessions;
    private final JwtCodec jwt;
    private final Passwords passwords;
    private final ProfileRules profiles;
    private final LoginThrottle throttle;
    private final Sms sms;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Authentication(UserRepository users, OneTimePasswords otps, Sessions sessions, JwtCodec jwt, Passwords passwords,
            ProfileRules profiles, LoginThrottle throttle, Sms sms, MessageSource messages,
            TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.otps = otps;
        this.sessions = sessions;
        this.jwt = jwt;
        this.passwords = passwords;
        this.profiles = profiles;
        this.throttle = throttle;
        this.sms = sms;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Creates (or, before verification, replaces) the account and sends the registration code. */
    public Registered register(Registration form, Locale locale) {
        var phone = PhoneNumber.parse("phone", form.phone());
        var name = profiles.name(form.name());
        var hash = passwords.hashNew("password", form.password());
        var ward = profiles.ward(form.cityCorporation(), form.wardNumber());
        var user = new NewUser(phone.value(), name, profiles.email(form.email()), hash, profiles.nid(form.nid()),
                profiles.address(form.address()), ward == null ? null : ward.wardNumber(),
                ward == null ? null : ward.cityCorporation(), UserType.CITIZEN, false, clock.instant(), locale.getLanguage().equals("en") ? "en" : "bn");
        var existing = users.findByPhone(phone.value());
        if (existing.isPresent() && existing.get().verified()) {
            throw RuleViolated.onField("phone", "user.phone.taken");
        }
        otps.reserveSend(phone);
        UUID id = transactions.execute(status -> users.lockByPhone(phone.value()).map(row -> {
            if (row.verified()) {
                throw RuleViolated.onField("phone", "user.phone.taken");
            }
            users.replacePending(row.id(), user);
            return row.id();
        }).orElseGet(() -> users.insert(user)));
        boolean sent = deliverCode(phone, OtpPurpose.REGISTRATION, locale);
        var message = sent ? "auth.registered" : "auth.registered.sms-failed";
        return new Registered(text(message, locale), id, phone.value(), sent);
    }

    /** Registration or login codes: a right code verifies the phone and signs in. */
    public SessionTokens verifyOtp(String rawPhone, String code, String rawPurpose, Locale locale) {
        var phone = PhoneNumber.parse("phone", rawPhone);
        requireCode(code);
        var purpose = OtpPurpose.parse(rawPurpose);
        if (purpose == OtpPurpose.PASSWORD_RESET) {
            throw RuleViolated.onField("purpose", "otp.purpose.use-reset");
        }
        return committedThenThrown(() -> {
            var user = users.lockByPhone(phone.value());
            var outcome = user.isEmpty() ? OneTimePasswords.Outcome.NONE : otps.consume(phone, purpose, code);
            if (outcome != OneTimePasswords.Outcome.ACCEPTED) {
                return codeRefused(outcome);
            }
            var row = user.get();
            if (!row.active()) {
                return new Forbidden("auth.account.disabled");
            }
            if (purpose == OtpPurpose.LOGIN && !row.verified()) {
                return new Forbidden("auth.account.unverified");
            }
            users.markVerified(row.id());
            users.recordLogin(row.id(), clock.instant());
            var verified = users.findById(row.id()).orElseThrow();
            return tokens(text("auth.otp.verified", locale), sessions.start(verified), verified);
        });
    }

    public String resendOtp(String rawPhone, String rawPurpose, Locale locale) {
        var phone = PhoneNumber.parse("phone", rawPhone);
        var purpose = OtpPurpose.parse(rawPurpose);
        var user = users.findByPhone(phone.value());
        switch (purpose) {
            case REGISTRATION -> {
                if (user.isEmpty() || user.get().verified()) {
                    throw RuleViolated.onField("phone", "otp.resend.no-pending-registration");
                }
            }
            case LOGIN, PASSWORD_RESET -> {
                if (user.isEmpty() || !user.get().active() || (purpose == OtpPurpose.LOGIN && !user.get().verified())) {
                    // Same answer as for a real account: the route must not reveal who is registered.
                    otps.reserveSend(phone);
                    return text("auth.otp.sent", locale);
                }
            }
        }
        otps.reserveSend(phone);
        if (!deliverCode(phone, purpose, locale)) {
            throw new Unavailable("sms.unavailable");
        }
        return text("auth.otp.sent", locale);
    }

    public SessionTokens login(String rawPhone, String password) {
        var phone = PhoneNumber.parse("phone", rawPhone);
        if (password == null || password.isEmpty()) {
            throw RuleViolated.onField("password", "validation.NotBlank");
        }
        throttle.checkAllowed(phone);
        var user = users.findByPhone(phone.value());
        if (!passwords.matches(password, user.map(UserRow::passwordHash).orElse(null))) {
            throttle.failed(phone);
            throw new Unauthorized("auth.credentials.invalid");
        }
        var row = user.get();
        if (!row.active()) {
            throw new Forbidden("auth.account.disabled");
        }
        if (!row.verified()) {
            throw new Forbidden("auth.account.unverified");
        }
        throttle.succeeded(phone);
        return transactions.execute(status -> {
            users.recordLogin(row.id(), clock.instant());
            return tokens(null, sessions.start(row), row);
        });
    }

    /** Rotates the pair; a refresh token presented twice ends its whole family. */
    public SessionTokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw RuleViolated.onField("refresh_token", "validation.NotBlank");
        }
        var token = jwt.verify(refreshToken.strip(), JwtCodec.REFRESH);
        return committedThenThrown(() -> {
            var user = users.findById(token.userId()).filter(UserRow::active);
            if (user.isEmpty()) {
                return new Unauthorized("auth.token.invalid");
            }
            var rotation = sessions.rotate(token.jti(), user.get());
            return switch (rotation.outcome()) {
                case ROTATED -> tokens(null, rotation.pair(), user.get());
                case REUSED -> new Unauthorized("auth.token.reused");
                case REVOKED -> new Unauthorized("auth.token.revoked");
                case UNKNOWN -> new Unauthorized("auth.token.invalid");
            };
        });
    }

    public String logout(CurrentUser me, String refreshToken, Locale locale) {
        transactions.executeWithoutResult(status -> {
            sessions.endByAccessToken(me.tokenId(), me.tokenExpiresAt());
            if (refreshToken != null && !refreshToken.isBlank()) {
                try {
                    sessions.endByRefreshToken(jwt.verify(refreshToken.strip(), JwtCodec.REFRESH).jti(), me.id());
                } catch (Unauthorized alreadyUnusable) {
                    log.debug("logout with an unusable refresh token");
                }
            }
        });
        return text("auth.logged-out", locale);
    }

    public UserView me(CurrentUser me) {
        return users.findById(me.id()).map(UserRow::view).orElseThrow(() -> new Unauthorized("auth.token.invalid"));
    }

    /** Ends every other session of the user; the current one stays signed in. */
    public String changePassword(CurrentUser me, String oldPassword, String newPassword, Locale locale) {
        var phone = new PhoneNumber(me.phone());
        throttle.checkAllowed(phone);
        var user = users.findById(me.id()).orElseThrow(() -> new Unauthorized("auth.token.invalid"));
        if (!passwords.matches(oldPassword, user.passwordHash())) {
            throttle.failed(phone);
            throw RuleViolated.onField("old_password", "password.wrong");
        }
        if (oldPassword.equals(newPassword)) {
            throw RuleViolated.onField("new_password", "password.same");
        }
        var hash = passwords.hashNew("new_password", newPassword);
        transactions.executeWithoutResult(status -> {
            users.changePassword(me.id(), hash);
            sessions.endAllOf(me.id(), me.tokenId());
        });
        return text("auth.password.changed", locale);
    }

    /** Tells a new staff member by SMS how to set their password (a reset code); false if the SMS failed. */
    public boolean invite(String phone, Locale locale) {
        var number = new PhoneNumber(phone);
        try {
            otps.reserveSend(number);
        } catch (ProblemException tooSoon) {
            return false;
        }
        return deliverCode(number, OtpPurpose.PASSWORD_RESET, locale, "sms.staff.invitation");
    }

    public String forgotPassword(String rawPhone, Locale locale) {
        return resendOtp(rawPhone, OtpPurpose.PASSWORD_RESET.code(), locale);
    }

    /** A right reset code sets the new password and ends every session of the account. */
    public String resetPassword(String rawPhone, String code, String newPassword, Locale locale) {
        var phone = PhoneNumber.parse("phone", rawPhone);
        requireCode(code);
        var hash = passwords.hashNew("new_password", newPassword);
        committedThenThrown(() -> {
            var user = users.lockByPhone(phone.value());
            var outcome = user.isEmpty() ? OneTimePasswords.Outcome.NONE : otps.consume(phone, OtpPurpose.PASSWORD_RESET, code);
            if (outcome != OneTimePasswords.Outcome.ACCEPTED) {
                return codeRefused(outcome);
            }
            users.changePassword(user.get().id(), hash);
            users.markVerified(user.get().id());
            sessions.endAllOf(user.get().id(), null);
            return Boolean.TRUE;
        });
        return text("auth.password.reset", locale);
    }

    private boolean deliverCode(PhoneNumber phone, OtpPurpose purpose, Locale locale) {
        return deliverCode(phone, purpose, locale, "sms.otp." + purpose.code());
    }

    private boolean deliverCode(PhoneNumber phone, OtpPurpose purpose, Locale locale, String textKey) {
        var issued = transactions.execute(status -> otps.issue(phone, purpose));
        try {
            sms.send(phone.value(), text(textKey, locale, issued.code()));
            return true;
        } catch (SmsNotSent e) {
            log.warn("OTP SMS for a {} code was not sent: {}", purpose.code(), e.getMessage());
            otps.withdraw(issued.id());
            otps.releaseSend(phone);
            return false;
        }
    }

    private SessionTokens tokens(String message, Sessions.Pair pair, UserRow user) {
        return new SessionTokens(message, pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresInSeconds(), user.sessionUser());
    }

    private static ProblemException codeRefused(OneTimePasswords.Outcome outcome) {
        return switch (outcome) {
            case LOCKED -> RuleViolated.onField("otp_code", "otp.locked");
            case EXPIRED -> RuleViolated.onField("otp_code", "otp.expired");
            default -> RuleViolated.onField("otp_code", "otp.invalid");
        };
    }

    private static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw RuleViolated.onField("otp_code", "validation.NotBlank");
        }
    }

    /**
     * Runs the work in a transaction that commits even when the answer is a refusal (a wrong OTP
     * try or a reused refresh token must be remembered); the refusal is thrown after commit.
     */
    @SuppressWarnings("unchecked")
    private <T> T committedThenThrown(Supplier<Object> work) {
        Object result = transactions.execute(status -> work.get());
        if (result instanceof ProblemException refusal) {
            throw refusal;
        }
        return (T) result;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
