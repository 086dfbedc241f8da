package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.identity.PhoneNumber;
import bd.gov.cleancare.platform.errors.TooManyRequests;
import bd.gov.cleancare.platform.ratelimit.SlidingWindows;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** 5 failed logins for a phone within 15 minutes lock it until the window passes, on every instance. */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final SlidingWindows windows;

    public LoginThrottle(SlidingWindows windows) {
        this.windows = windows;
    }

    public void checkAllowed(PhoneNumber phone) {
        windows.blocked(key(phone), MAX_FAILURES, WINDOW).ifPresent(wait -> {
            throw new TooManyRequests(wait, "auth.login.throttled", Math.max(1, (wait.toSeconds() + 59) / 60));
        });
    }

    public void failed(PhoneNumber phone) {
        windows.record(key(phone), WINDOW);
    }

    public void succeeded(PhoneNumber phone) {
        windows.clear(key(phone));
    }

    private static String key(PhoneNumber phone) {
        return "cc:login:failures:" + phone.value();
    }
}
