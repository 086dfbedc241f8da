package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff moderation: hiding, public text, photo redaction, held users; each with a reason, a history and ward limits. */
class ModerationTest extends ApiTest {

    Account owner;
    Account admin;
    String id;
    String path;
    String tracking;

    @BeforeEach
    void aPublicComplaint() {
        owner = citizen();
        admin = staff("admin", "DSCC", "12");
        var filed = file(owner, Map.of("latitude", 23.729, "longitude", 90.411));
        id = filed.get("id").asString();
        tracking = filed.get("tracking_number").asString();
        path = "/api/v1/complaints/" + id + "/";
    }

    private Http.Response moderate(Account who, String action, Map<String, Object> body) {
        return api.as(who.accessToken()).post(path + "moderation/" + action, body);
    }

    private boolean publiclyVisible() {
        boolean tracked = api.get("/api/v1/complaints/track/" + tracking + "/").status() == 200;
        boolean inOpen311 = api.get("/open311/v2/requests/" + tracking + ".json").status() == 200;
        var nearby = api.as(citizen().accessToken()).get("/api/v1/complaints/nearby/?lat=23.729&lng=90.411&radius_m=200").json();
        boolean near = false;
        for (var hit : nearby.get("results")) {
            near |= hit.get("id").asString().equals(id);
        }
        assertThat(tracked).as("tracking and Open311 agree").isEqualTo(inOpen311);
        assertThat(near).as("the nearby hint agrees").isEqualTo(tracked);
        return tracked;
    }

    @Test
    void hiding_takes_the_complaint_off_tracking_open311_and_the_nearby_hint_and_showing_brings_it_back() {
        assertThat(publiclyVisible()).isTrue();

        var hidden = moderate(admin, "visibility/", Map.of("is_public", false, "reason", "গালিগালাজ আছে"));

        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        assertThat(hidden.json().get("is_public").asBoolean()).isFalse();
        assertThat(publiclyVisible()).isFalse();
        assertThat(api.as(owner.accessToken()).get(path).status()).as("its citizen still sees it").isEqualTo(200);
        assertThat(api.as(admin.accessToken()).get(path).json().get("is_public").asBoolean()).isFalse();

        clock.advance(Duration.ofMinutes(1));
        assertThat(moderate(admin, "visibility/", Map.of("is_public", true, "reason", "ভুল করে লুকানো")).status()).isEqualTo(200);
        assertThat(publiclyVisible()).isTrue();

        var history = api.as(admin.accessToken()).get(path + "moderation/").json().get("history");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("action").asString()).isEqualTo("shown");
        assertThat(history.get(1).get("action").asString()).isEqualTo("hidden");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("গালিগালাজ আছে");
        assertThat(history.get(1).get("moderated_by").get("id").asString()).isEqualTo(admin.id().toString());
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'complaint.moderated' AND details->>'reason' = 'গালিগালাজ আছে'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void every_action_needs_a_reason_said_in_bengali_or_english() {
        var bn = moderate(admin, "visibility/", Map.of("is_public", false, "reason", "  "));
        var en = api.as(admin.accessToken()).with("Accept-Language", "en").post(path + "moderation/text/", Map.of("title", "x"));

        assertThat(bn.status()).isEqualTo(400);
        assertThat(bn.contentType()).startsWith("application/problem+json");
        assertThat(bn.json().get("errors").get("reason").get(0).asString()).contains("কারণ");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("errors").get("reason").get(0).asString()).isEqualTo("Give a reason: it is kept in the moderation history.");
        assertThat(publiclyVisible()).isTrue();
        assertThat(api.as(admin.accessToken()).get(path + "moderation/").json().get("history").size()).isZero();
    }

    @Test
    void another_wards_admin_citizens_and_the_public_cannot_moderate() {
        var elsewhere = staff("admin", "DSCC", "13");
        var stranger = citizen();
        var reason = Map.<String, Object>of("is_public", false, "reason", "x");

        assertThat(moderate(elsewhere, "visibility/", reason).status()).isEqualTo(404);
        assertThat(api.as(elsewhere.accessToken()).get(path + "moderation/").status()).isEqualTo(404);
        var own = api.as(owner.accessToken()).with("Accept-Language", "en").post(path + "moderation/visibility/", reason);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asString()).isEqualTo("Only the ward's staff may moderate this complaint.");
        assertThat(api.as(owner.accessToken()).get(path + "moderation/").status()).isEqualTo(403);
        assertThat(moderate(stranger, "text/", Map.of("title", "x", "reason", "x")).status()).isEqualTo(404);
        assertThat(api.post(path + "moderation/visibility/", reason).status()).isEqualTo(401);
        assertThat(publiclyVisible()).isTrue();
    }

    @Test
    void the_public_reads_the_edited_text_while_staff_and_the_citizen_keep_the_original() {
        assertThat(api.as(owner.accessToken()).put(path, Map.of("hide_name", false)).status()).isEqualTo(200);
        var name = api.as(owner.accessToken()).get(path).json().get("user").get("name").asString();
        assertThat(api.get("/open311/v2/requests/" + tracking + ".json").json().get(0).get("reported_by").asString()).isEqualTo(name);

        var edited = moderate(admin, "text/", Map.of("title", "রাস্তায় ময়লা", "description", "রাস্তায় ময়লা জমে আছে।",
                "hide_name", true, "reason", "ফোন নম্বর মুছে ফেলা হয়েছে"));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        var open311 = api.get("/open311/v2/requests/" + tracking + ".json").json().get(0);
        assertThat(open311.get("description").asString()).isEqualTo("রাস্তায় ময়লা জমে আছে।");
        assertThat(open311.get("reported_by").asString()).as("staff hid the name too").isNotEqualTo(name).containsAnyOf("১২", "12");
        var staffView = api.as(admin.accessToken()).get(path).json();
        assertThat(staffView.get("description").asString()).isEqualTo("কয়েক দিন ধরে ময়লা জমে আছে, দুর্গন্ধ ছড়াচ্ছে।");
        assertThat(staffView.get("public_description").asString()).isEqualTo("রাস্তায় ময়লা জমে আছে।");
        var ownView = api.as(owner.accessToken()).get(path).json();
        assertThat(ownView.get("description").asString()).isEqualTo("কয়েক দিন ধরে ময়লা জমে আছে, দুর্গন্ধ ছড়াচ্ছে।");
        assertThat(ownView.get("public_description").isNull()).isTrue();
        var nearby = api.as(citizen().accessToken()).get("/api/v1/complaints/nearby/?lat=23.729&lng=90.411&radius_m=200").json();
        assertThat(nearby.get("results").get(0).get("title").asString()).isEqualTo("রাস্তায় ময়লা");

        moderate(admin, "text/", Map.of("title", "", "description", "", "reason", "আগের লেখাই ঠিক ছিল"));
        assertThat(api.get("/open311/v2/requests/" + tracking + ".json").json().get(0).get("description").asString())
                .isEqualTo("কয়েক দিন ধরে ময়লা জমে আছে, দুর্গন্ধ ছড়াচ্ছে।");
    }

    @Test
    void a_hidden_update_is_seen_by_staff_only_and_leaves_the_public_timeline() {
        assertThat(api.as(admin.accessToken()).post(path + "updates/", Map.of("new_status", "in_progress", "comment", "অশালীন মন্তব্য"))
                .status()).isEqualTo(201);
        var updateId = api.as(admin.accessToken()).get(path + "updates/").json().get("results").get(0).get("id").asString();

        var hidden = moderate(admin, "updates/" + updateId + "/visibility/", Map.of("is_public", false, "reason", "অশালীন"));

        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        assertThat(api.as(owner.accessToken()).get(path + "updates/").json().get("count").asInt()).isZero();
        var staffUpdates = api.as(admin.accessToken()).get(path + "updates/").json().get("results");
        assertThat(staffUpdates.size()).isEqualTo(1);
        assertThat(staffUpdates.get(0).get("is_public").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/complaints/track/" + tracking + "/").json().get("timeline").size()).isEqualTo(1);
        assertThat(moderate(admin, "updates/" + java.util.UUID.randomUUID() + "/visibility/", Map.of("is_public", false, "reason", "x"))
                .status()).isEqualTo(404);
        assertThat(hidden.json().get("history").get(0).get("update_id").asString()).isEqualTo(updateId);
    }

    @Test
    void a_redacted_photo_changes_inside_the_rectangle_only_and_its_original_reaches_staff_only() {
        var upload = api.as(owner.accessToken()).multipart(path + "images/", "image", "street.png", "image/png", checkerboard(200, 120));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        var image = upload.json().get("results").get(0);
        var imageId = image.get("id").asString();
        var before = api.get(image.get("image_url").asString());
        assertThat(before.status()).isEqualTo(200);

        var redacted = moderate(admin, "images/" + imageId + "/redaction/",
                Map.of("x", 40, "y", 20, "width", 60, "height", 50, "reason", "একজন পথচারীর মুখ"));

        assertThat(redacted.status()).as(redacted.toString()).isEqualTo(200);
        var now = api.as(admin.accessToken()).get(path).json().get("images").get(0);
        assertThat(now.get("image_url").asString()).isNotEqualTo(image.get("image_url").asString());
        assertThat(api.get(image.get("image_url").asString()).status()).as("the unblurred public file is gone").isEqualTo(404);
        assertThat(api.get(image.get("thumbnail_url").asString()).status()).isEqualTo(404);
        var after = api.get(now.get("image_url").asString());
        assertThat(after.status()).isEqualTo(200);
        var old = decode(before.body());
        var blurred = decode(after.body());
        assertThat(blurred.getWidth()).isEqualTo(old.getWidth());
        int changedInside = 0;
        for (int y = 0; y < old.getHeight(); y++) {
            for (int x = 0; x < old.getWidth(); x++) {
                boolean inside = x >= 40 && x < 100 && y >= 20 && y < 70;
                boolean same = (old.getRGB(x, y) & 0xffffff) == (blurred.getRGB(x, y) & 0xffffff);
                if (!inside) {
                    assertThat(same).as("pixel %d,%d outside the rectangle", x, y).isTrue();
                } else if (!same) {
                    changedInside++;
                }
            }
        }
        assertThat(changedInside).as("most of the rectangle changed").isGreaterThan(60 * 50 / 2);

        var original = path + "moderation/images/" + imageId + "/original";
        var forStaff = api.as(admin.accessToken()).get(original);
        assertThat(forStaff.status()).isEqualTo(200);
        assertThat(forStaff.body()).isEqualTo(before.body());
        assertThat(forStaff.header("Cache-Control")).contains("no-store");
        assertThat(api.get(original).status()).isEqualTo(401);
        assertThat(api.as(owner.accessToken()).get(original).status()).isEqualTo(403);
        assertThat(api.as(staff("admin", "DSCC", "13").accessToken()).get(original).status()).isEqualTo(404);
        assertThat(api.get("/open311/v2/requests/" + tracking + ".json").json().get(0).get("media_url").asString())
                .endsWith(now.get("image_url").asString());

        var outside = moderate(admin, "images/" + imageId + "/redaction/", Map.of("x", 500, "y", 0, "width", 10, "height", 10, "reason", "x"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("errors").has("x")).isTrue();
    }

    @Test
    void a_held_citizens_new_complaints_wait_hidden_until_staff_release_or_reject_them() {
        var superAdmin = staff("super_admin", "DSCC");
        var abusive = citizen();
        assertThat(api.as(admin.accessToken()).post("/api/v1/admin/held-users/", Map.of("user_id", abusive.id(), "reason", "x")).status())
                .as("a ward admin may not hold users").isEqualTo(403);
        assertThat(api.as(superAdmin.accessToken()).post("/api/v1/admin/held-users/", Map.of("user_id", abusive.id())).status())
                .isEqualTo(400);
        var held = api.as(superAdmin.accessToken()).post("/api/v1/admin/held-users/", Map.of("user_id", abusive.id(),
                "reason", "বারবার ভুয়া অভিযোগ"));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/admin/held-users/").json().get("count").asInt()).isEqualTo(1);

        var first = file(abusive, Map.of("latitude", 23.7291, "longitude", 90.4111));
        var second = file(abusive);
        assertThat(first.get("held").asBoolean()).isTrue();
        assertThat(first.get("is_public").asBoolean()).isFalse();
        var firstTracking = first.get("tracking_number").asString();
        assertThat(api.get("/api/v1/complaints/track/" + firstTracking + "/").status()).isEqualTo(404);
        assertThat(api.get("/open311/v2/requests/" + firstTracking + ".json").status()).isEqualTo(404);
        var nearby = api.as(citizen().accessToken()).get("/api/v1/complaints/nearby/?lat=23.729&lng=90.411&radius_m=200").json();
        assertThat(nearby.get("results").toString()).doesNotContain(first.get("id").asString());
        assertThat(api.as(admin.accessToken()).get("/api/v1/complaints/?held=true").json().get("count").asInt()).isEqualTo(2);
        assertThat(api.as(staff("admin", "DSCC", "13").accessToken()).get("/api/v1/complaints/?held=true").json().get("count").asInt())
                .isZero();
        var shown = api.as(admin.accessToken()).post("/api/v1/complaints/" + first.get("id").asString() + "/moderation/visibility/",
                Map.of("is_public", true, "reason", "x"));
        assertThat(shown.status()).as("a held complaint is released, not just shown").isEqualTo(409);

        var released = api.as(admin.accessToken()).post("/api/v1/complaints/" + first.get("id").asString() + "/moderation/release/",
                Map.of("reason", "অভিযোগটি সত্য"));
        var rejected = api.as(admin.accessToken()).post("/api/v1/complaints/" + second.get("id").asString() + "/moderation/reject/",
                Map.of("reason", "ভুয়া"));

        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("held").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/complaints/track/" + firstTracking + "/").status()).isEqualTo(200);
        assertThat(rejected.status()).isEqualTo(200);
        var rejectedView = api.as(abusive.accessToken()).get("/api/v1/complaints/" + second.get("id").asString() + "/").json();
        assertThat(rejectedView.get("status_code").asString()).isEqualTo("cancelled");
        assertThat(rejectedView.get("is_public").asBoolean()).isFalse();
        assertThat(api.as(admin.accessToken()).post("/api/v1/complaints/" + second.get("id").asString() + "/moderation/release/",
                Map.of("reason", "x")).status()).isEqualTo(409);

        assertThat(api.as(superAdmin.accessToken()).delete("/api/v1/admin/held-users/" + abusive.id() + "/?reason=ভালো%20আচরণ").status())
                .isEqualTo(204);
        assertThat(file(abusive).get("held").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action IN ('user.held', 'user.unheld')").query(Integer.class).single())
                .isEqualTo(2);
    }

    private static byte[] checkerboard(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, ((x / 4 + y / 4) % 2 == 0) ? 0x202020 : 0xe0e0e0);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
