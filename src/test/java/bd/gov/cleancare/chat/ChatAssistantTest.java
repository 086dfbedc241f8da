package bd.gov.cleancare.chat;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When nobody from the ward office is online, the assistant answers from rules super admins keep. */
class ChatAssistantTest extends ApiTest {

    @Test
    void with_no_staff_online_a_keyword_rule_answers_and_staff_later_see_the_whole_conversation_with_bot_replies_marked() {
        var superAdmin = staff("super_admin", "DSCC");
        var rule = api.as(superAdmin.accessToken()).post("/api/v1/chat/auto-replies/", Map.of("keywords", List.of("পানি", "Water"),
                "reply_bn", "পানির সমস্যায় \"পানি সরবরাহ\" বিভাগে অভিযোগ করুন।", "reply_en", "File a water supply complaint."));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        assertThat(rule.json().get("keywords").get(1).asString()).isEqualTo("water");
        var citizen = citizen();
        var admin = staff("admin", "DSCC", "12");
        var room = "support-" + citizen.id();

        try (var socket = connect("/ws/chat/" + room + "/", citizen)) {
            socket.send(Map.of("message", "দুই দিন ধরে পানি নেই"));
            assertThat(socket.nextMessage().get("is_bot").asBoolean()).isFalse();
            var answer = socket.nextMessage();
            assertThat(answer.get("is_bot").asBoolean()).isTrue();
            assertThat(answer.get("message").asString()).isEqualTo("পানির সমস্যায় \"পানি সরবরাহ\" বিভাগে অভিযোগ করুন।");
            assertThat(answer.get("sender_name").asString()).contains("সহায়ক");
        }

        var history = api.as(admin.accessToken()).get("/api/v1/chat/rooms/" + room + "/messages/").json().get("results");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("is_bot").asBoolean()).isTrue();
        assertThat(history.get(1).get("sender_id").asString()).isEqualTo(citizen.id().toString());
    }

    @Test
    void without_a_matching_rule_the_assistant_says_when_staff_will_answer_in_the_citizens_language() {
        var citizen = citizen();
        api.as(citizen.accessToken()).put("/api/v1/users/profile/", Map.of("language", "en"));

        api.as(citizen.accessToken()).post("/api/v1/chat/rooms/support-" + citizen.id() + "/messages/", Map.of("message", "hello?"));

        var answer = api.as(citizen.accessToken()).get("/api/v1/chat/rooms/support-" + citizen.id() + "/messages/").json().get("results").get(0);
        assertThat(answer.get("is_bot").asBoolean()).isTrue();
        assertThat(answer.get("message").asString()).contains("office hours");
    }

    @Test
    void the_assistant_stays_quiet_while_someone_from_the_ward_office_is_online() {
        var citizen = citizen();
        var admin = staff("admin", "DSCC", "12");
        try (var adminOnline = connect("/ws/notifications/", admin)) {
            api.as(citizen.accessToken()).post("/api/v1/chat/rooms/support-" + citizen.id() + "/messages/", Map.of("message", "পানি নেই"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM chat_messages WHERE is_bot").query(Long.class).single()).isZero();
    }

    @Test
    void only_super_admins_keep_the_rules() {
        var superAdmin = staff("super_admin", "DSCC");
        var admin = staff("admin", "DSCC", "12");
        var citizen = citizen();
        for (var who : List.of(admin, citizen)) {
            assertThat(api.as(who.accessToken()).get("/api/v1/chat/auto-replies/").status()).isEqualTo(403);
            assertThat(api.as(who.accessToken()).post("/api/v1/chat/auto-replies/", Map.of("keywords", List.of("x"), "reply_bn", "x",
                    "reply_en", "x")).status()).isEqualTo(403);
        }
        var created = api.as(superAdmin.accessToken()).post("/api/v1/chat/auto-replies/", Map.of("keywords", List.of("ট্যাক্স"),
                "reply_bn", "বিকাশে দিন", "reply_en", "Pay by bKash")).json();
        var id = created.get("id").asString();

        var updated = api.as(superAdmin.accessToken()).put("/api/v1/chat/auto-replies/" + id + "/", Map.of("keywords", List.of("কর"),
                "reply_bn", "নগদে দিন", "reply_en", "Pay by Nagad", "is_active", false));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("is_active").asBoolean()).isFalse();
        assertThat(api.as(superAdmin.accessToken()).with("Accept-Language", "en").post("/api/v1/chat/auto-replies/",
                Map.of("keywords", List.of(" "), "reply_bn", "x", "reply_en", "x")).status()).isEqualTo(400);
        assertThat(api.as(admin.accessToken()).delete("/api/v1/chat/auto-replies/" + id + "/").status()).isEqualTo(403);
        assertThat(api.as(superAdmin.accessToken()).delete("/api/v1/chat/auto-replies/" + id + "/").status()).isEqualTo(204);
        assertThat(api.as(superAdmin.accessToken()).delete("/api/v1/chat/auto-replies/" + id + "/").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action LIKE 'chat.auto_reply%'").query(Long.class).single())
                .isEqualTo(3);
    }
}
