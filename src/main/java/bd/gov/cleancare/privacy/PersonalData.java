package bd.gov.cleancare.privacy;

import bd.gov.cleancare.identity.Authentication;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's right to their data: the export reads each table that holds something of theirs; the
 * deletion erases the account (identity does the user row, sessions and photo) and here the rows
 * of other capabilities that only make sense for a living account. Complaints, payments and donations
 * stay, anonymised: the city's records and figures must not change when a citizen leaves.
 */
@Service
public class PersonalData {

    private final Users users;
    private final Authentication authentication;
    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalData(Users users, Authentication authentication, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.authentication = authentication;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Only ever the caller's own data: every query is keyed by their id. */
    @Transactional(readOnly = true)
    public DataExport export(CurrentUser me) {
        var profile = authentication.me(me);
        var id = Map.<String, Object>of("me", me.id());
        return new DataExport(clock.instant(), profile,
                rows("""
                        SELECT id, tracking_number, title, description, category, priority, status, location, latitude, longitude,
                               city_corporation, ward_number, rating, rating_comment, rated_at, hide_name, source, created_at,
                               updated_at, resolved_at
                          FROM complaints WHERE user_id = :me ORDER BY created_at, id""", id),
                rows("""
                        SELECT i.complaint_id, i.image_url, i.thumbnail_url, i.image_name, i.uploaded_at
                          FROM complaint_images i JOIN complaints c ON c.id = i.complaint_id
                         WHERE c.user_id = :me ORDER BY i.uploaded_at, i.id""", id),
                rows("""
                        SELECT u.complaint_id, c.tracking_number, u.old_status, u.new_status, u.comment, u.created_at,
                               u.updated_by = :me AS by_me
                          FROM complaint_updates u JOIN complaints c ON c.id = u.complaint_id
                         WHERE c.user_id = :me OR u.updated_by = :me ORDER BY u.created_at, u.seq""", id),
                rows("""
                        SELECT complaint_id, via, comment, image_url, reopened_at FROM complaint_reopens
                         WHERE reopened_by = :me ORDER BY reopened_at""", id),
                rows("""
                        SELECT complaint_id, asked_at, answer, answered_at FROM complaint_follow_ups
                         WHERE user_id = :me ORDER BY asked_at""", id),
                rows("""
                        SELECT id, service_type, description, amount, payment_method, phone_number, transaction_id, status,
                               receipt_number, refunded_amount, created_at, completed_at
                          FROM payments WHERE user_id = :me ORDER BY created_at, id""", id),
                rows("""
                        SELECT id, project_name, amount, payment_method, transaction_id, receipt_number, status, message, created_at
                          FROM donations WHERE user_id = :me ORDER BY created_at, id""", id),
                rows("""
                        SELECT id, emergency_type, description, location, status, created_at
                          FROM emergency_requests WHERE user_id = :me ORDER BY created_at, id""", id),
                rows("""
                        SELECT id, room_id, message, message_type, file_url, created_at
                          FROM chat_messages WHERE sender_id = :me ORDER BY created_at, id""", id),
                rows("""
                        SELECT id, kind, title, body, is_read, created_at FROM notifications
                         WHERE user_id = :me ORDER BY created_at, id""", id),
                rows("SELECT platform, created_at FROM device_tokens WHERE user_id = :me ORDER BY created_at", id),
                rows("""
                        SELECT id, city_corporation, ward_number, latitude, longitude, radius_m,
                               array_to_string(categories, ',') AS categories, notify_new, notify_status, sms_digest, created_at
                          FROM alert_subscriptions WHERE user_id = :me ORDER BY created_at, id""", id));
    }

    /**
     * Deletes the caller's account after their password confirms it. Their complaints then show "a
     * citizen of ward 12"; payment records keep the amounts but not the paying number.
     */
    @Transactional
    public void deleteAccount(CurrentUser me, String password) {
        var formerPhone = users.erase(me, password);
        var id = me.id();
        jdbc.sql("DELETE FROM notifications WHERE user_id = :me").param("me", id).update();
        jdbc.sql("DELETE FROM device_tokens WHERE user_id = :me").param("me", id).update();
        jdbc.sql("DELETE FROM alert_subscriptions WHERE user_id = :me").param("me", id).update();
        jdbc.sql("UPDATE payments SET phone_number = '' WHERE user_id = :me AND phone_number = :phone")
                .param("me", id).param("phone", formerPhone).update();
        jdbc.sql("UPDATE donations SET message = NULL WHERE user_id = :me").param("me", id).update();
        jdbc.sql("UPDATE complaints SET hide_name = TRUE WHERE user_id = :me").param("me", id).update();
    }

    private List<Map<String, Object>> rows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query().listOfRows().stream().map(PersonalData::plain).toList();
    }

    /** Timestamps as instants (ISO in JSON); the queries select plain columns only. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        var out = new LinkedHashMap<String, Object>();
        row.forEach((column, value) -> out.put(column, value instanceof Timestamp t ? t.toInstant() : value));
        return out;
    }
}
