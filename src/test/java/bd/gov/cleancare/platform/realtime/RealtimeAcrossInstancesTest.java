package bd.gov.cleancare.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Instance;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances share PostgreSQL and Redis: whoever is connected where, messages and notifications find them. */
class RealtimeAcrossInstancesTest extends ApiTest {

    private static Instance second;

    @BeforeAll
    static void startSecondInstance() {
        second = Instance.start(Map.of());
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    @Test
    void a_chat_message_sent_to_either_instance_reaches_members_connected_to_the_other() {
        var citizen = citizen();
        var room = "complaint-" + file(citizen).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        try (var citizenOnFirst = connect("/ws/chat/" + room + "/", citizen); var adminOnSecond = second.connect("/ws/chat/" + room + "/", admin)) {
            citizenOnFirst.send(Map.of("message", "প্রথম সার্ভার থেকে"));
            var heard = adminOnSecond.nextMessage();
            assertThat(heard.get("message").asString()).isEqualTo("প্রথম সার্ভার থেকে");
            assertThat(heard.get("sender_id").asString()).isEqualTo(citizen.id().toString());

            adminOnSecond.send(Map.of("message", "দ্বিতীয় সার্ভার থেকে উত্তর"));
            assertThat(citizenOnFirst.next(frame -> !frame.has("type") && frame.get("sender_id").asString().equals(admin.id().toString()))
                    .get("message").asString()).isEqualTo("দ্বিতীয় সার্ভার থেকে উত্তর");
        }
    }

    @Test
    void a_notification_created_by_one_instance_reaches_a_user_connected_to_the_other() {
        var citizen = citizen();
        var id = file(citizen).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        try (var onFirst = connect("/ws/notifications/", citizen); var onSecond = second.connect("/ws/notifications/", citizen)) {
            second.api.as(admin.accessToken()).put("/api/v1/complaints/" + id + "/", Map.of("status", "in_progress"));
            assertThat(onFirst.next(frame -> frame.has("notification")).get("notification").get("kind").asString()).isEqualTo("complaint_status");
            onSecond.next(frame -> frame.has("notification"));

            api.as(admin.accessToken()).put("/api/v1/complaints/" + id + "/", Map.of("status", "resolved"));
            assertThat(onSecond.next(frame -> frame.has("notification")).get("notification").get("body").asString()).isNotBlank();
        }
    }

    @Test
    void a_user_connected_to_one_instance_counts_as_online_for_the_other() {
        var citizen = citizen();
        var admin = staff("admin", "DSCC", "12");
        try (var adminOnSecond = second.connect("/ws/notifications/", admin)) {
            api.as(citizen.accessToken()).post("/api/v1/chat/rooms/support-" + citizen.id() + "/messages/", Map.of("message", "পানি নেই"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM chat_messages WHERE is_bot").query(Long.class).single())
                .as("the assistant stays quiet: the ward office is online, elsewhere").isZero();
    }
}
