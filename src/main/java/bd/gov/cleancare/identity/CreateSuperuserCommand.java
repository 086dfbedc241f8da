package bd.gov.cleancare.identity;

import bd.gov.cleancare.identity.internal.NewUser;
import bd.gov.cleancare.identity.internal.Passwords;
import bd.gov.cleancare.identity.internal.UserRepository;
import bd.gov.cleancare.platform.errors.ProblemException;
import bd.gov.cleancare.platform.security.UserType;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code java -jar cleancare.jar createsuperuser --phone=01XXXXXXXXX --name="..."}, like Django's
 * createsuperuser. The password comes from CLEANCARE_SUPERUSER_PASSWORD or is asked for on the
 * terminal (never on the command line, where ps would show it). An existing account is promoted.
 */
@Component
@Profile("command")
public class CreateSuperuserCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String NAME = "createsuperuser";

    private final UserRepository users;
    private final Passwords passwords;
    private final Clock clock;
    private final Environment environment;
    private int exitCode;

    CreateSuperuserCommand(UserRepository users, Passwords passwords, Clock clock, Environment environment) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains(NAME)) {
            return;
        }
        try {
            var phone = PhoneNumber.tryParse(single(args, "phone"))
                    .orElseThrow(() -> new IllegalArgumentException("--phone must be a Bangladeshi mobile number, e.g. 01712345678"));
            var name = args.containsOption("name") ? single(args, "name") : "Super Admin";
            var password = password();
            var hash = passwords.hashNew("password", password);
            var existing = users.findByPhone(phone.value());
            if (existing.isPresent()) {
                var columns = new LinkedHashMap<String, Object>();
                columns.put("user_type", UserType.SUPER_ADMIN.code());
                columns.put("is_staff", true);
                columns.put("is_verified", true);
                columns.put("is_active", true);
                columns.put("password_hash", hash);
                users.update(existing.get().id(), columns);
                System.out.println("Promoted " + phone + " to super_admin.");
            } else {
                users.insert(new NewUser(phone.value(), name, null, hash, null, null, null, null, UserType.SUPER_ADMIN, true, clock.instant(), "bn"));
                System.out.println("Created super_admin " + phone + ".");
            }
        } catch (IllegalArgumentException | ProblemException e) {
            System.err.println("createsuperuser: " + (e instanceof ProblemException p ? p.detail().key() : e.getMessage()));
            exitCode = 2;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static String single(ApplicationArguments args, String option) {
        var values = args.getOptionValues(option);
        if (values == null || values.size() != 1 || values.getFirst().isBlank()) {
            throw new IllegalArgumentException("--" + option + "=... is required");
        }
        return values.getFirst();
    }

    private String password() {
        var fromEnvironment = environment.getProperty("CLEANCARE_SUPERUSER_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        var console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("set CLEANCARE_SUPERUSER_PASSWORD or run on a terminal to be asked");
        }
        var first = console.readPassword("Password: ");
        var second = console.readPassword("Password (again): ");
        if (first == null || second == null || !new String(first).equals(new String(second))) {
            throw new IllegalArgumentException("the passwords differ");
        }
        return new String(first);
    }
}
