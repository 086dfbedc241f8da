package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A retried filing with the same Idempotency-Key files once: a lost answer, the offline queue, a double tap. */
class ComplaintIdempotencyTest extends ApiTest {

    private static final Map<String, Object> COMPLAINT = Map.of("title", "রাস্তায় ময়লা জমে আছে",
            "description", "কয়েক দিন ধরে ময়লা জমে আছে।", "category", "cleanliness", "location", "মিরপুর ১০",
            "city_corporation", "DSCC", "ward_number", "12");

    private Http.Response post(Account who, String key, Map<String, Object> overrides) {
        var body = new HashMap<String, Object>(COMPLAINT);
        body.putAll(overrides);
        return api.as(who.accessToken()).with("Idempotency-Key", key).post("/api/v1/complaints/", body);
    }

    private long complaints() {
        return jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single();
    }

    @Test
    void a_retry_with_the_same_key_gets_the_first_complaint_back_and_files_nothing() {
        var citizen = citizen();

        var first = post(citizen, "phone-7f3a-1", Map.of());
        var retry = post(citizen, "phone-7f3a-1", Map.of());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(retry.json().get("tracking_number").asString()).isEqualTo(first.json().get("tracking_number").asString());
        assertThat(complaints()).isEqualTo(1);
        assertThat(post(citizen, "phone-7f3a-2", Map.of()).status()).as("a new key is a new complaint").isEqualTo(201);
        assertThat(complaints()).isEqualTo(2);
    }

    @Test
    void concurrent_retries_file_one_complaint_and_all_get_it() throws Exception {
        var citizen = citizen();
        var barrier = new CyclicBarrier(6);

        var answers = new ArrayList<Http.Response>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            var sends = new ArrayList<Future<Http.Response>>();
            for (int i = 0; i < 6; i++) {
                sends.add(pool.submit(() -> {
                    barrier.await();
                    return post(citizen, "same-key", Map.of());
                }));
            }
            for (var send : sends) {
                answers.add(send.get());
            }
        }

        assertThat(answers).extracting(Http.Response::status).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(answers).extracting(answer -> answer.json().get("id").asString()).containsOnly(
                jdbc.sql("SELECT CAST(id AS text) FROM complaints").query(String.class).single());
        var number = answers.getFirst().json().get("tracking_number").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM event_publication").query(Long.class).single() == 0
                && sms.sent().stream().anyMatch(text -> text.text().contains(number)));
        assertThat(sms.sent()).filteredOn(text -> text.text().contains(number)).as("one filing announced: one SMS").hasSize(1);
    }

    @Test
    void a_key_reused_for_another_complaint_or_too_long_is_refused_and_keys_are_per_citizen() {
        var citizen = citizen();
        var neighbour = citizen();
        assertThat(post(citizen, "k1", Map.of()).status()).isEqualTo(201);

        var reused = api.as(citizen.accessToken()).with("Accept-Language", "en").with("Idempotency-Key", "k1")
                .post("/api/v1/complaints/", Map.of("title", "পানি নেই", "description", "দুই দিন পানি নেই", "category", "water_supply",
                        "location", "মিরপুর", "city_corporation", "DSCC", "ward_number", "12"));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().get("detail").asString()).contains("already used for another complaint");

        var tooLong = post(citizen, "x".repeat(101), Map.of());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").has("Idempotency-Key")).isTrue();

        assertThat(post(neighbour, "k1", Map.of()).status()).as("another citizen's same key").isEqualTo(201);
        assertThat(complaints()).isEqualTo(2);
    }
}
