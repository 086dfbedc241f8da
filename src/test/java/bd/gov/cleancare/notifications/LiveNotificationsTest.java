package bd.gov.cleancare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.LiveSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /ws/notifications/ pushes each new notification at once; phones without an open socket get a push. */
class LiveNotificationsTest extends ApiTest {

    @Test
    void a_status_change_reaches_every_open_connection_of_the_citizen_and_nobody_else() throws Exception {
        var citizen = citizen();
        var id = file(citizen).get("id").asString();
        var neighbour = citizen();
        var admin = staff("admin", "DSCC", "12");
        try (var phone = connect("/ws/notifications/", citizen);
             var laptop = LiveSocket.open(ws("/ws/notifications?token=" + citizen.accessToken()));
             var other = connect("/ws/notifications/", neighbour)) {
            laptop.next("ready");

            api.as(admin.accessToken()).put("/api/v1/complaints/" + id + "/", Map.of("status", "in_progress"));

            for (var socket : new LiveSocket[] {phone, laptop}) {
                var pushed = socket.next(frame -> "notification".equals(frame.path("type").asString(""))
                        && "complaint_status".equals(frame.get("notification").get("kind").asString()));
                assertThat(pushed.get("notification").get("resource_id").asString()).isEqualTo(id);
                assertThat(pushed.get("notification").get("is_read").asBoolean()).isFalse();
            }
            assertThat(other.countWithin(Duration.ofMillis(500), frame -> frame.has("notification"))).isZero();
        }
    }

    @Test
    void a_comment_without_a_status_change_notifies_the_citizen() {
        var citizen = citizen();
        var id = file(citizen).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        try (var phone = connect("/ws/notifications/", citizen)) {
            api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("comment", "কাল সকালে লোক যাবে"));

            var pushed = phone.next(frame -> frame.has("notification")
                    && "complaint_comment".equals(frame.get("notification").get("kind").asString()));
            assertThat(pushed.get("notification").get("body").asString()).isEqualTo("কাল সকালে লোক যাবে");
        }
    }

    @Test
    void a_registered_phone_gets_a_push_only_while_its_user_has_no_open_connection() {
        var citizen = citizen();
        var id = file(citizen).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        var registered = api.as(citizen.accessToken()).post("/api/v1/notifications/devices/", Map.of("token", "fcm-token-1", "platform", "android"));
        assertThat(registered.status()).isEqualTo(201);

        api.as(admin.accessToken()).put("/api/v1/complaints/" + id + "/", Map.of("status", "in_progress"));

        await().atMost(Duration.ofSeconds(10)).until(() -> push.sentTo("fcm-token-1").size() == 1);
        var sent = push.sentTo("fcm-token-1").getFirst();
        assertThat(sent.data()).containsEntry("kind", "complaint_status").containsEntry("resource_id", id);

        try (var open = connect("/ws/notifications/", citizen)) {
            api.as(admin.accessToken()).put("/api/v1/complaints/" + id + "/", Map.of("status", "resolved"));
            open.next(frame -> frame.has("notification"));
        }
        assertThat(push.sentTo("fcm-token-1")).hasSize(1);
    }

    @Test
    void devices_are_validated_and_each_user_forgets_only_their_own() {
        var citizen = citizen();
        var other = citizen();
        var mine = api.as(citizen.accessToken());
        assertThat(mine.with("Accept-Language", "en").post("/api/v1/notifications/devices/", Map.of("token", " ")).status()).isEqualTo(400);
        assertThat(mine.post("/api/v1/notifications/devices/", Map.of("token", "t-1", "platform", "windows")).status()).isEqualTo(400);
        assertThat(mine.post("/api/v1/notifications/devices/", Map.of("token", "t-1", "platform", "ios")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/notifications/devices/", Map.of("token", "t-2")).status()).isEqualTo(401);

        assertThat(api.as(other.accessToken()).delete("/api/v1/notifications/devices/t-1/").status()).isEqualTo(404);
        assertThat(mine.delete("/api/v1/notifications/devices/t-1/").status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT count(*) FROM device_tokens").query(Long.class).single()).isZero();
    }

    @Test
    void a_chat_message_becomes_a_notification_for_members_not_in_the_room() {
        var citizen = citizen();
        var id = file(citizen).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        try (var adminElsewhere = connect("/ws/notifications/", admin)) {
            api.as(citizen.accessToken()).post("/api/v1/chat/rooms/complaint-" + id + "/messages/", Map.of("message", "কেউ আছেন?"));

            var pushed = adminElsewhere.next(frame -> frame.has("notification")).get("notification");
            assertThat(pushed.get("kind").asString()).isEqualTo("chat_message");
            assertThat(pushed.get("body").asString()).isEqualTo("কেউ আছেন?");
            assertThat(pushed.get("resource_type").asString()).isEqualTo("complaint_chat");
            assertThat(pushed.get("resource_id").asString()).isEqualTo(id);
        }
        try (var adminInRoom = connect("/ws/chat/complaint-" + id + "/", admin)) {
            api.as(citizen.accessToken()).post("/api/v1/chat/rooms/complaint-" + id + "/messages/", Map.of("message", "আবার লিখছি"));
            adminInRoom.nextMessage();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :id AND kind = 'chat_message'").param("id", admin.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_socket_without_a_valid_token_hears_nothing() {
        assertThat(LiveSocket.open(ws("/ws/notifications/")).send(Map.of("token", "nope")).closeCode()).isEqualTo(1008);
    }
}
