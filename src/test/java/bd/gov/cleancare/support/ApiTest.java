package bd.gov.cleancare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * An API test: the whole application on a random port over real PostgreSQL and Redis, called
 * over HTTP as a phone would. Every test starts from empty tables, an empty Redis and a fresh clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestBeans.class)
public abstract class ApiTest {

    public static final String PASSWORD = "Correct-Horse-7";
    private static final AtomicLong PHONES = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000L, 90_000_000L));

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected StringRedisTemplate redis;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected RecordingSms sms;
    @Autowired
    protected RecordingPush push;
    @Autowired
    private PasswordEncoder passwordEncoder;

    protected Http api;

    @BeforeEach
    void startClean() {
        // The previous test's after-commit listeners may still run: let them finish before emptying their tables.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE coalesce(status, 'PUBLISHED') IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')")
                .query(Long.class).single() == 0);
        jdbc.sql("""
                TRUNCATE users, otp_verifications, complaints, complaint_images, complaint_updates, payments, donations,
                         emergency_requests, notices, chat_messages, admin_permissions, activity_logs, refresh_tokens,
                         tracking_counters, event_publication, complaint_stats_daily, complaint_stats_monthly, complaint_stats_mix,
                         user_counts, jobs, reports, device_tokens, chat_reads, chat_auto_replies, emergency_updates, ward_contacts,
                         notifications, gallery_albums, gallery_photos, calendar_events, transfer_stations,
                         transfer_station_loads, collection_schedules, missed_collections, donation_projects, complaint_supports,
                         complaint_reopens, complaint_follow_ups, response_templates, alert_subscriptions, alert_digest_items,
                         complaint_image_originals, complaint_moderations, held_users, category_questions CASCADE""").update();
        redis.execute((org.springframework.data.redis.core.RedisCallback<Object>) connection -> {
            connection.serverCommands().flushDb();
            return null;
        });
        clock.reset();
        sms.reset();
        push.reset();
        api = new Http("http://127.0.0.1:" + port);
    }

    /** ws://… of this instance, for {@link LiveSocket}. */
    protected String ws(String path) {
        return "ws://127.0.0.1:" + port + path;
    }

    /** A socket authenticated by its handshake's Authorization header, ready (the server said so). */
    protected LiveSocket connect(String path, Account who) {
        var socket = LiveSocket.open(ws(path), Map.of("Authorization", "Bearer " + who.accessToken()));
        socket.next("ready");
        return socket;
    }

    /** A fresh, unused Bangladeshi mobile number in +8801… form. */
    protected static String newPhone() {
        return "+88017" + PHONES.incrementAndGet();
    }

    /** A verified citizen who signed up through the API, signed in. */
    protected Account citizen(String cityCorporation, String ward) {
        var phone = newPhone();
        var registered = api.post("/api/v1/auth/register/", Map.of("phone", phone, "name", "নাগরিক " + phone.substring(10),
                "password", PASSWORD, "city_corporation", cityCorporation, "ward_number", ward));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        var verified = api.post("/api/v1/auth/verify-otp/", Map.of("phone", phone, "otp_code", sms.lastCodeFor(phone)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        clock.advance(java.time.Duration.ofSeconds(61));
        return account(verified);
    }

    protected Account citizen() {
        return citizen("DSCC", "12");
    }

    /** A staff member created as the admin-users capability would, with ward permissions, signed in. */
    protected Account staff(String userType, String cityCorporation, String... wards) {
        var phone = newPhone();
        var id = jdbc.sql("""
                INSERT INTO users (phone, name, password_hash, user_type, is_verified, is_staff, city_corporation, ward_number)
                VALUES (:phone, :name, :hash, :type, TRUE, TRUE, :cc, :ward) RETURNING id""")
                .param("phone", phone).param("name", userType + " " + phone.substring(10))
                .param("hash", passwordEncoder.encode(PASSWORD)).param("type", userType)
                .param("cc", wards.length == 0 ? null : cityCorporation).param("ward", wards.length == 0 ? null : wards[0])
                .query(UUID.class).single();
        if (wards.length > 0) {
            jdbc.sql("""
                    INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                                   can_read, can_update)
                    VALUES (:id, 'complaints', 'complaints', :wards, :cc, TRUE, TRUE)""")
                    .param("id", id).param("wards", wards).param("cc", cityCorporation).update();
        }
        return login(phone, PASSWORD);
    }

    protected Account login(String phone, String password) {
        var response = api.post("/api/v1/auth/login/", Map.of("phone", phone, "password", password));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return account(response);
    }

    private static Account account(Http.Response response) {
        var body = response.json();
        return new Account(UUID.fromString(body.get("user").get("id").asString()), body.get("user").get("phone").asString(),
                body.get("access_token").asString(), body.get("refresh_token").asString());
    }

    /** Files a complaint in DSCC ward 12 (unless overridden) and returns its JSON. */
    protected tools.jackson.databind.JsonNode file(Account citizen, Map<String, Object> overrides) {
        var body = new java.util.HashMap<String, Object>(Map.of("title", "রাস্তায় ময়লা জমে আছে",
                "description", "কয়েক দিন ধরে ময়লা জমে আছে, দুর্গন্ধ ছড়াচ্ছে।", "category", "cleanliness", "priority", "medium",
                "location", "মিরপুর ১০, রোড ৫", "city_corporation", "DSCC", "ward_number", "12"));
        body.putAll(overrides);
        var response = api.as(citizen.accessToken()).post("/api/v1/complaints/", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    protected tools.jackson.databind.JsonNode file(Account citizen) {
        return file(citizen, Map.of());
    }

    public record Account(UUID id, String phone, String accessToken, String refreshToken) {
    }
}
