package bd.gov.cleancare.chat;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.platform.images.Photos;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Chat over REST: history by cursor, my rooms with unread counts, read receipts, uploads. */
class ChatHistoryTest extends ApiTest {

    @Test
    void history_pages_backwards_from_the_newest_message_by_cursor() {
        var citizen = citizen();
        var wardOffice = staff("admin", "DSCC", "12");
        var room = "/api/v1/chat/rooms/support-" + citizen.id() + "/messages/";
        for (int i = 1; i <= 5; i++) {
            api.as(wardOffice.accessToken()).post(room, Map.of("message", "বার্তা " + i));
        }

        var first = api.as(citizen.accessToken()).get(room + "?limit=2").json();
        assertThat(texts(first)).containsExactly("বার্তা 5", "বার্তা 4");
        var oldestSeen = first.get("results").get(1).get("id").asString();
        var second = api.as(citizen.accessToken()).get(room + "?limit=2&before=" + oldestSeen).json();
        assertThat(texts(second)).containsExactly("বার্তা 3", "বার্তা 2");
        var last = api.as(citizen.accessToken()).get(room + "?limit=2&before=" + second.get("results").get(1).get("id").asString()).json();
        assertThat(texts(last)).containsExactly("বার্তা 1");

        assertThat(api.as(citizen.accessToken()).get(room + "?before=not-a-message").status()).isEqualTo(400);
        assertThat(api.as(citizen.accessToken()).get(room + "?limit=many").status()).isEqualTo(400);
    }

    @Test
    void my_rooms_show_the_last_message_and_what_i_have_not_read_until_i_read_it() {
        var citizen = citizen();
        var complaintId = file(citizen).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        var otherWardAdmin = staff("admin", "DSCC", "13");
        var room = "complaint-" + complaintId;
        var adminOnline = connect("/ws/notifications/", admin);
        api.as(citizen.accessToken()).post("/api/v1/chat/rooms/" + room + "/messages/", Map.of("message", "কবে আসবেন?"));
        api.as(admin.accessToken()).post("/api/v1/chat/rooms/" + room + "/messages/", Map.of("message", "কাল সকালে"));
        api.as(admin.accessToken()).post("/api/v1/chat/rooms/" + room + "/messages/", Map.of("message", "ধন্যবাদ"));

        var mine = api.as(citizen.accessToken()).get("/api/v1/chat/rooms/").json().get("results");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("room_id").asString()).isEqualTo(room);
        assertThat(mine.get(0).get("kind").asString()).isEqualTo("complaint");
        assertThat(mine.get(0).get("last_message").get("message").asString()).isEqualTo("ধন্যবাদ");
        assertThat(mine.get(0).get("unread_count").asInt()).isEqualTo(2);
        var adminRooms = api.as(admin.accessToken()).get("/api/v1/chat/rooms/").json().get("results");
        assertThat(adminRooms.get(0).get("unread_count").asInt()).isEqualTo(1);
        assertThat(api.as(otherWardAdmin.accessToken()).get("/api/v1/chat/rooms/").json().get("count").asInt()).isZero();

        try (var adminSocket = connect("/ws/chat/" + room + "/", admin)) {
            var read = api.as(citizen.accessToken()).post("/api/v1/chat/rooms/" + room + "/read/", Map.of());
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("marked").asInt()).isEqualTo(2);

            var receipt = adminSocket.next("read");
            assertThat(receipt.get("user_id").asString()).isEqualTo(citizen.id().toString());
        }
        assertThat(api.as(citizen.accessToken()).get("/api/v1/chat/rooms/").json().get("results").get(0).get("unread_count").asInt()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM chat_messages WHERE room_id = :room AND is_read").param("room", room)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(api.as(otherWardAdmin.accessToken()).post("/api/v1/chat/rooms/" + room + "/read/", Map.of()).status()).isEqualTo(403);
        adminOnline.close();
    }

    @Test
    void an_uploaded_photo_or_pdf_can_be_sent_and_anything_else_is_refused() {
        var citizen = citizen();
        var admin = staff("admin", "DSCC", "12");
        var room = "support-" + citizen.id();
        var photo = api.as(citizen.accessToken()).multipart("/api/v1/chat/uploads/", "file", "a.png", "image/png", Photos.png(40, 30));
        assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
        assertThat(photo.json().get("message_type").asString()).isEqualTo("image");
        var pdf = api.as(citizen.accessToken()).multipart("/api/v1/chat/uploads/", "file", "bill.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(201);
        assertThat(pdf.json().get("message_type").asString()).isEqualTo("file");

        try (var adminSocket = connect("/ws/chat/" + room + "/", admin); var citizenSocket = connect("/ws/chat/" + room + "/", citizen)) {
            citizenSocket.send(Map.of("message", "", "message_type", "image", "file_url", photo.json().get("file_url").asString()));
            var heard = adminSocket.nextMessage();
            assertThat(heard.get("message_type").asString()).isEqualTo("image");
            assertThat(heard.get("file_url").asString()).isEqualTo(photo.json().get("file_url").asString());
        }
        var script = api.as(citizen.accessToken()).with("Accept-Language", "en").multipart("/api/v1/chat/uploads/", "file", "x.png",
                "image/png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.header("Content-Type")).startsWith("application/problem+json");
        assertThat(script.json().get("detail").asString()).contains("JPEG");
        assertThat(api.multipart("/api/v1/chat/uploads/", "file", "a.png", "image/png", Photos.png(8, 8)).status()).isEqualTo(401);
    }

    private static ArrayList<String> texts(JsonNode page) {
        var texts = new ArrayList<String>();
        page.get("results").forEach(m -> texts.add(m.get("message").asString()));
        return texts;
    }
}
