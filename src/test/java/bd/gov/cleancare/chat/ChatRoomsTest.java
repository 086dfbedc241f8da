package bd.gov.cleancare.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.cleancare.platform.realtime.SocketRoute;
import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.LiveSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /ws/chat/{room_id}/: who may join, who the sender is, and that every member hears every message. */
class ChatRoomsTest extends ApiTest {

    private static final int POLICY_VIOLATION = 1008;

    @Autowired
    private List<SocketRoute> sockets;

    @Test
    void every_member_of_a_complaint_room_hears_a_message_stored_under_the_senders_own_identity() {
        var citizen = citizen();
        var room = "complaint-" + file(citizen).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        try (var citizenSocket = connect("/ws/chat/" + room + "/", citizen);
             var adminSocket = LiveSocket.open(ws("/ws/chat/" + room + "/?token=" + admin.accessToken()))) {
            adminSocket.next("ready");

            citizenSocket.send(Map.of("message", "ময়লা এখনো পড়ে আছে", "sender_id", admin.id().toString(), "sender_name", "মেয়র"));

            var heard = adminSocket.nextMessage();
            assertThat(heard.get("room_id").asString()).isEqualTo(room);
            assertThat(heard.get("message").asString()).isEqualTo("ময়লা এখনো পড়ে আছে");
            assertThat(heard.get("message_type").asString()).isEqualTo("text");
            assertThat(heard.get("file_url").isNull()).isTrue();
            assertThat(heard.get("sender_id").asString()).isEqualTo(citizen.id().toString());
            assertThat(heard.get("sender_name").asString()).startsWith("নাগরিক");
            assertThat(heard.get("timestamp").asString()).isNotBlank();
            assertThat(citizenSocket.nextMessage().get("id").asString()).isEqualTo(heard.get("id").asString());
            assertThat(jdbc.sql("SELECT sender_id FROM chat_messages WHERE id = CAST(:id AS uuid)").param("id", heard.get("id").asString())
                    .query(java.util.UUID.class).single()).isEqualTo(citizen.id());
        }
    }

    @Test
    void the_assignee_joins_the_complaint_room_and_staff_replies_reach_the_citizen() {
        var citizen = citizen();
        var id = file(citizen).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        var provider = staff("service_provider", "DSCC", "12");
        api.as(admin.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("assigned_to", provider.id().toString()));
        try (var citizenSocket = connect("/ws/chat/complaint-" + id, citizen);
             var providerSocket = connect("/ws/chat/complaint-" + id + "/", provider)) {
            providerSocket.send(Map.of("message", "আজ বিকেলে গাড়ি যাবে"));

            var heard = citizenSocket.nextMessage();
            assertThat(heard.get("sender_id").asString()).isEqualTo(provider.id().toString());
            assertThat(heard.get("is_bot").asBoolean()).isFalse();
        }
    }

    @Test
    void strangers_are_turned_away_with_a_policy_violation() {
        var citizen = citizen();
        var room = "complaint-" + file(citizen).get("id").asString();
        var neighbour = citizen();
        var otherWardAdmin = staff("admin", "DSCC", "13");
        var unassignedProvider = staff("service_provider", "DSCC");

        for (var stranger : List.of(neighbour, otherWardAdmin, unassignedProvider)) {
            try (var socket = LiveSocket.open(ws("/ws/chat/" + room + "/"), Map.of("Authorization", "Bearer " + stranger.accessToken()))) {
                assertThat(socket.closeCode()).isEqualTo(POLICY_VIOLATION);
            }
            assertThat(api.as(stranger.accessToken()).get("/api/v1/chat/rooms/" + room + "/messages/").status()).isEqualTo(403);
            assertThat(api.as(stranger.accessToken()).post("/api/v1/chat/rooms/" + room + "/messages/", Map.of("message", "hi")).status())
                    .isEqualTo(403);
        }
        try (var socket = LiveSocket.open(ws("/ws/chat/complaint-" + java.util.UUID.randomUUID() + "/"),
                Map.of("Authorization", "Bearer " + citizen.accessToken()))) {
            assertThat(socket.closeCode()).isEqualTo(POLICY_VIOLATION);
        }
        try (var socket = LiveSocket.open(ws("/ws/chat/anything-at-all/"), Map.of("Authorization", "Bearer " + citizen.accessToken()))) {
            assertThat(socket.closeCode()).isEqualTo(POLICY_VIOLATION);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM chat_messages").query(Long.class).single()).isZero();
    }

    @Test
    void a_citizens_support_room_is_shared_with_their_ward_office_only() {
        var citizen = citizen("DSCC", "12");
        var room = "support-" + citizen.id();
        var wardAdmin = staff("admin", "DSCC", "12");
        var otherWardAdmin = staff("admin", "DSCC", "13");
        var superAdmin = staff("super_admin", "DSCC");
        try (var citizenSocket = connect("/ws/chat/" + room + "/", citizen);
             var adminSocket = connect("/ws/chat/" + room + "/", wardAdmin);
             var superSocket = connect("/ws/chat/" + room + "/", superAdmin);
             var outsider = LiveSocket.open(ws("/ws/chat/" + room + "/"), Map.of("Authorization", "Bearer " + otherWardAdmin.accessToken()))) {
            assertThat(outsider.closeCode()).isEqualTo(POLICY_VIOLATION);

            citizenSocket.send(Map.of("message", "হোল্ডিং ট্যাক্স কোথায় দেব?"));

            assertThat(adminSocket.nextMessage().get("message").asString()).isEqualTo("হোল্ডিং ট্যাক্স কোথায় দেব?");
            assertThat(superSocket.nextMessage().get("sender_id").asString()).isEqualTo(citizen.id().toString());
        }
        var anotherCitizen = citizen("DSCC", "12");
        assertThat(api.as(anotherCitizen.accessToken()).get("/api/v1/chat/rooms/" + room + "/messages/").status()).isEqualTo(403);
    }

    @Test
    void an_admin_whose_ward_is_taken_away_is_closed_out_at_the_next_message() {
        var citizen = citizen();
        var admin = staff("admin", "DSCC", "12");
        try (var socket = connect("/ws/chat/support-" + citizen.id() + "/", admin)) {
            jdbc.sql("DELETE FROM admin_permissions WHERE admin_id = :id").param("id", admin.id()).update();

            socket.send(Map.of("message", "still here?"));

            assertThat(socket.closeCode()).isEqualTo(POLICY_VIOLATION);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM chat_messages").query(Long.class).single()).isZero();
    }

    @Test
    void the_token_may_come_as_the_first_frame_and_nothing_is_accepted_before_it() {
        var citizen = citizen();
        var room = "support-" + citizen.id();
        try (var socket = LiveSocket.open(ws("/ws/chat/" + room + "/"))) {
            socket.send(Map.of("token", citizen.accessToken()));
            assertThat(socket.next("ready").get("user_id").asString()).isEqualTo(citizen.id().toString());
            socket.send(Map.of("message", "প্রথম বার্তা"));
            assertThat(socket.nextMessage().get("sender_id").asString()).isEqualTo(citizen.id().toString());
        }
        try (var socket = LiveSocket.open(ws("/ws/chat/" + room + "/"))) {
            socket.send(Map.of("message", "without a token", "sender_id", citizen.id().toString()));
            assertThat(socket.closeCode()).isEqualTo(POLICY_VIOLATION);
        }
        try (var socket = LiveSocket.open(ws("/ws/chat/" + room + "/"))) {
            socket.send(Map.of("token", citizen.accessToken() + "x"));
            assertThat(socket.closeCode()).isEqualTo(POLICY_VIOLATION);
        }
        assertThatThrownBy(() -> LiveSocket.open(ws("/ws/chat/" + room + "/?token=forged.token.here")))
                .isInstanceOfSatisfying(LiveSocket.Refused.class, refused -> assertThat(refused.status).isEqualTo(401));
        assertThat(jdbc.sql("SELECT count(*) FROM chat_messages WHERE NOT is_bot").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_revoked_or_expired_token_closes_the_socket() {
        var citizen = citizen();
        var loggedOut = login(citizen.phone(), PASSWORD);
        try (var staying = connect("/ws/chat/support-" + citizen.id() + "/", citizen);
             var leaving = connect("/ws/chat/support-" + citizen.id() + "/", loggedOut)) {
            api.as(loggedOut.accessToken()).post("/api/v1/auth/logout/", Map.of());
            sweep();
            assertThat(leaving.closeCode()).isEqualTo(POLICY_VIOLATION);
            assertThat(staying.isClosed()).isFalse();

            clock.advance(Duration.ofHours(25));
            sweep();
            assertThat(staying.closeCode()).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void bad_frames_are_answered_with_an_error_in_the_clients_language_and_the_socket_stays_open() {
        var citizen = citizen();
        try (var socket = LiveSocket.open(ws("/ws/chat/support-" + citizen.id() + "/"),
                Map.of("Authorization", "Bearer " + citizen.accessToken(), "Accept-Language", "en"))) {
            socket.next("ready");
            socket.send("{not json");
            assertThat(socket.next("error").get("error").asString()).contains("JSON");
            socket.send(Map.of("message", "x".repeat(Chat.MAX_LENGTH + 1)));
            var tooLong = socket.next("error");
            assertThat(tooLong.get("code").asString()).isEqualTo("validation.Size.max");
            assertThat(tooLong.get("error").asString()).containsAnyOf("2000", "2,000");
            socket.send(Map.of("message", "   "));
            assertThat(socket.next("error").get("code").asString()).isEqualTo("validation.NotBlank");
            socket.send(Map.of("message", "ছবি", "message_type", "image", "file_url", "https://evil.example/x.png"));
            assertThat(socket.next("error").get("code").asString()).isEqualTo("chat.file.unknown");
            socket.send(Map.of("type", "ping"));
            socket.next("pong");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM chat_messages").query(Long.class).single()).isZero();
    }

    @Test
    void markup_is_kept_as_the_text_it_is() {
        var citizen = citizen();
        var sent = api.as(citizen.accessToken()).post("/api/v1/chat/rooms/support-" + citizen.id() + "/messages/",
                Map.of("message", "<img src=x onerror=alert(1)> & <b>বোল্ড</b>"));
        assertThat(sent.status()).isEqualTo(201);
        var history = api.as(citizen.accessToken()).get("/api/v1/chat/rooms/support-" + citizen.id() + "/messages/").json();
        assertThat(history.get("results").get(history.get("count").asInt() - 1).get("message").asString())
                .isEqualTo("<img src=x onerror=alert(1)> & <b>বোল্ড</b>");
    }

    @Test
    void a_chatty_sender_is_slowed_down_without_losing_what_was_accepted() {
        var citizen = citizen();
        var room = "/api/v1/chat/rooms/support-" + citizen.id() + "/messages/";
        for (int i = 0; i < 30; i++) {
            assertThat(api.as(citizen.accessToken()).post(room, Map.of("message", "বার্তা " + i)).status()).isEqualTo(201);
        }
        var refused = api.as(citizen.accessToken()).with("Accept-Language", "en").post(room, Map.of("message", "one more"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.json().get("detail").asString()).contains("30");
        assertThat(jdbc.sql("SELECT count(*) FROM chat_messages WHERE sender_id = :id").param("id", citizen.id()).query(Long.class).single())
                .isEqualTo(30);
    }

    private void sweep() {
        sockets.forEach(route -> route.handler().sweep());
    }
}
