package bd.gov.cleancare.platform.realtime;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Messages between instances through Redis pub/sub: whatever one instance publishes, every
 * instance's subscribers receive, so a WebSocket client gets it whichever instance it is on.
 * The container re-subscribes by itself when Redis comes back after an outage.
 */
@Component
public class Fanout implements AutoCloseable {

    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container;

    public Fanout(StringRedisTemplate redis, RedisConnectionFactory connections) {
        this.redis = redis;
        this.container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setRecoveryInterval(1000);
        container.afterPropertiesSet();
        container.start();
    }

    public void publish(String channel, String payload) {
        redis.convertAndSend(channel, payload);
    }

    /** {@code handler} gets (channel, payload) for every message on channels matching {@code pattern}. */
    public void subscribe(String pattern, BiConsumer<String, String> handler) {
        container.addMessageListener((message, bytes) -> handler.accept(
                new String(message.getChannel(), StandardCharsets.UTF_8), new String(message.getBody(), StandardCharsets.UTF_8)),
                new PatternTopic(pattern));
    }

    @Override
    public void close() throws Exception {
        container.destroy();
    }
}
