package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationsTest extends ApiTest {

    @Test
    void a_citizen_reads_and_marks_their_own_notifications_only() {
        var citizen = citizen();
        var other = citizen();
        file(citizen);
        file(citizen);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.as(citizen.accessToken()).get("/api/v1/notifications/unread-count/").json().get("unread").asInt() == 2);
        var first = api.as(citizen.accessToken()).get("/api/v1/notifications/").json().get("results").get(0).get("id").asString();

        assertThat(api.as(other.accessToken()).post("/api/v1/notifications/" + first + "/read/", Map.of()).status()).isEqualTo(404);
        var read = api.as(citizen.accessToken()).post("/api/v1/notifications/" + first + "/read/", Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("is_read").asBoolean()).isTrue();
        assertThat(api.as(citizen.accessToken()).get("/api/v1/notifications/?is_read=false").json().get("count").asInt()).isEqualTo(1);
        assertThat(api.as(citizen.accessToken()).post("/api/v1/notifications/read-all/", Map.of()).json().get("marked").asInt()).isEqualTo(1);
        assertThat(api.as(citizen.accessToken()).get("/api/v1/notifications/unread-count/").json().get("unread").asInt()).isZero();
        assertThat(api.as(other.accessToken()).get("/api/v1/notifications/").json().get("count").asInt()).isZero();
    }

    @Test
    void an_sms_outage_does_not_lose_the_in_app_notification() {
        var citizen = citizen();
        sms.failing(true);

        file(citizen);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.as(citizen.accessToken()).get("/api/v1/notifications/").json().get("count").asInt() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single())
                .as("the failed SMS stays recorded for a retry").isPositive();
    }

    @org.springframework.beans.factory.annotation.Autowired
    Complaints complaints;

    @Test
    void a_partner_filing_through_open311_is_not_texted_to_the_partners_phone() {
        var partner = citizen();
        sms.reset();

        complaints.fileAs(partner.id(), new NewComplaint("গর্ত", "রাস্তায় গর্ত", "roads", "medium", "মিরপুর", null, null, "12", "DSCC"));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.as(partner.accessToken()).get("/api/v1/notifications/").json().get("count").asInt() == 1);
        assertThat(jdbc.sql("SELECT source FROM complaints").query(String.class).single()).isEqualTo("open311");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> sms.sent().isEmpty());
    }
}
