package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.platform.security.UserType;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode (profile "demo"): one account per role, with the credentials the README lists.
 * Existing accounts are left as they are.
 */
@Component
@ConditionalOnProperty(name = "cleancare.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@12345";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserRepository users;
    private final Passwords passwords;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoAccounts(UserRepository users, Passwords passwords, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var hash = passwords.hashNew("password", PASSWORD);
        ensure("+8801700000001", "সুপার অ্যাডমিন (ডেমো)", UserType.SUPER_ADMIN, null, null, hash);
        var admin = ensure("+8801700000002", "ওয়ার্ড ১২ অ্যাডমিন (ডেমো)", UserType.ADMIN, "DSCC", "12", hash);
        var provider = ensure("+8801700000003", "সেবা প্রদানকারী (ডেমো)", UserType.SERVICE_PROVIDER, "DSCC", "12", hash);
        ensure("+8801700000004", "নাগরিক (ডেমো)", UserType.CITIZEN, "DSCC", "12", hash);
        grantWard12Complaints(admin, true);
        grantWard12Complaints(provider, false);
        log.info("Demo accounts ready (password {}): super admin 01700000001, admin 01700000002, "
                + "service provider 01700000003, citizen 01700000004", PASSWORD);
    }

    private void grantWard12Complaints(java.util.UUID staff, boolean mayDelete) {
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                SELECT :staff, 'complaints', 'complaints', ARRAY['12'], 'DSCC', FALSE, TRUE, TRUE, :delete
                 WHERE NOT EXISTS (SELECT 1 FROM admin_permissions WHERE admin_id = :staff)""")
                .param("staff", staff).param("delete", mayDelete).update();
    }

    private java.util.UUID ensure(String phone, String name, UserType type, String corporation, String ward, String hash) {
        return users.findByPhone(phone).map(UserRow::id).orElseGet(() -> users.insert(
                new NewUser(phone, name, null, hash, null, null, ward, corporation, type, true, clock.instant(), "bn")));
    }
}
