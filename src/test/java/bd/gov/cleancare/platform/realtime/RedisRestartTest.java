package bd.gov.cleancare.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Instance;
import bd.gov.cleancare.support.LiveSocket;
import bd.gov.cleancare.support.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redis goes away mid-conversation and comes back: the instance closes its sockets (pub/sub keeps
 * nothing for the absent), clients reconnect, and the stored history has every message.
 */
class RedisRestartTest extends ApiTest {

    private static final int SERVICE_RESTART = 1012;

    private static RedisServer redisOfItsOwn;
    private static Instance instance;

    @BeforeAll
    static void startAnInstanceOnItsOwnRedis() throws InterruptedException {
        redisOfItsOwn = RedisServer.start();
        instance = Instance.start(Map.of("spring.data.redis.url", redisOfItsOwn.url()));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        instance.close();
        redisOfItsOwn.close();
    }

    @Test
    void clients_reconnect_after_a_redis_restart_and_no_stored_message_is_lost() throws InterruptedException {
        var citizen = citizen();
        var room = "complaint-" + file(citizen).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        var path = "/ws/chat/" + room + "/";
        var citizenSocket = instance.connect(path, citizen);
        var adminSocket = instance.connect(path, admin);
        citizenSocket.send(Map.of("message", "আগে"));
        adminSocket.nextMessage();

        redisOfItsOwn.stop();

        assertThat(citizenSocket.closeCode()).isEqualTo(SERVICE_RESTART);
        assertThat(adminSocket.closeCode()).isEqualTo(SERVICE_RESTART);
        var refused = instance.api.as(citizen.accessToken()).post("/api/v1/chat/rooms/" + room + "/messages/", Map.of("message", "মাঝে"));
        assertThat(refused.status()).as("a client is told to retry, not given a 500").isEqualTo(503);
        assertThat(refused.header("Retry-After")).isNotBlank();

        redisOfItsOwn.startAgain();

        citizenSocket = reconnect(path, citizen);
        adminSocket = reconnect(path, admin);
        citizenSocket.send(Map.of("message", "পরে"));
        assertThat(adminSocket.nextMessage().get("message").asString()).isEqualTo("পরে");
        var history = instance.api.as(admin.accessToken()).get("/api/v1/chat/rooms/" + room + "/messages/").json().get("results");
        var texts = new ArrayList<String>();
        history.forEach(message -> texts.add(message.get("message").asString()));
        assertThat(texts).containsSubsequence("পরে", "আগে");
        assertThat(texts).hasSize(jdbc.sql("SELECT count(*) FROM chat_messages WHERE room_id = :room").param("room", room)
                .query(Long.class).single().intValue());
        citizenSocket.close();
        adminSocket.close();
    }

    /** What an app does: try again with a pause until the server takes it. */
    private static LiveSocket reconnect(String path, Account who) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        AssertionError last = null;
        while (System.nanoTime() < deadline) {
            try {
                return instance.connect(path, who);
            } catch (AssertionError | RuntimeException notYet) {
                last = notYet instanceof AssertionError a ? a : new AssertionError(notYet);
                Thread.sleep(500);
            }
        }
        throw last;
    }
}
