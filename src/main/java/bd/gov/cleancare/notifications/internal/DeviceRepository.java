package bd.gov.cleancare.notifications.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DeviceRepository {

    private final JdbcClient jdbc;

    public DeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token belongs to the device's current user: registering it again moves it. */
    public void register(UUID userId, String token, String platform) {
        jdbc.sql("""
                INSERT INTO device_tokens (user_id, token, platform) VALUES (:user, :token, :platform)
                ON CONFLICT (token) DO UPDATE SET user_id = EXCLUDED.user_id, platform = EXCLUDED.platform, last_seen_at = NOW()""")
                .param("user", userId).param("token", token).param("platform", platform).update();
    }

    public boolean forget(UUID userId, String token) {
        return jdbc.sql("DELETE FROM device_tokens WHERE user_id = :user AND token = :token").param("user", userId).param("token", token)
                .update() == 1;
    }

    public void forget(String token) {
        jdbc.sql("DELETE FROM device_tokens WHERE token = :token").param("token", token).update();
    }

    public List<String> of(UUID userId) {
        return jdbc.sql("SELECT token FROM device_tokens WHERE user_id = :user ORDER BY last_seen_at DESC LIMIT 10")
                .param("user", userId).query(String.class).list();
    }
}
