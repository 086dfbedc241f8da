package bd.gov.cleancare.platform.realtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Messages between instances through Redis pub/sub: whatever one instance publishes, every
 * instance's subscribers receive, so a WebSocket client gets it whichever instance it is on.
 * <p>
 * Pub/sub keeps nothing for a subscriber that was away, so this instance sends itself a heartbeat
 * every second; when heartbeats stop arriving (Redis restarted, network cut) it tells its sockets,
 * which close so that clients reconnect and read what they missed from the stored history.
 * The container re-subscribes by itself once Redis is back. It starts and stops with the application
 * (after the Redis connection it needs, before the web server): a context stopped and started again —
 * as the test framework pauses cached ones — subscribes anew instead of listening on a dead connection.
 */
@Component
public class Fanout implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Fanout.class);
    static final long SILENCE_MS = 5_000;

    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container;
    private final String heartbeatChannel = "cc:heartbeat:" + UUID.randomUUID();
    private final List<Runnable> onInterruption = new CopyOnWriteArrayList<>();
    /** When the heartbeat now on its way was sent; 0 when none is outstanding. */
    private volatile long awaitingSince;
    private volatile boolean interrupted;
    private volatile boolean running;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("fanout-heartbeat").daemon().factory());

    public Fanout(StringRedisTemplate redis, RedisConnectionFactory connections) {
        this.redis = redis;
        this.container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setRecoveryInterval(1000);
        // on the subscription's own thread, in arrival order: a room's messages must not overtake each
        // other, and handlers only queue frames (see Outbox), so nothing here waits for a client
        container.setTaskExecutor(new SyncTaskExecutor());
        container.addMessageListener((message, pattern) -> awaitingSince = 0, new ChannelTopic(heartbeatChannel));
        container.afterPropertiesSet();
        watchdog.scheduleAtFixedRate(this::heartbeat, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void start() {
        awaitingSince = 0;
        container.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the Redis connection factory (phase 0), before the web server that lets clients in. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    public void publish(String channel, String payload) {
        redis.convertAndSend(channel, payload);
    }

    /** {@code handler} gets (channel, payload) for every message on channels matching {@code pattern}; it must not block. */
    public void subscribe(String pattern, BiConsumer<String, String> handler) {
        container.addMessageListener((message, bytes) -> handler.accept(
                new String(message.getChannel(), StandardCharsets.UTF_8), new String(message.getBody(), StandardCharsets.UTF_8)),
                new PatternTopic(pattern));
    }

    /** Whether messages flow: false from a missed heartbeat until the next one arrives. */
    public boolean healthy() {
        return !interrupted;
    }

    /** {@code action} runs when messages may have been missed: subscribers must resynchronise from storage. */
    public void onInterruption(Runnable action) {
        onInterruption.add(action);
    }

    /**
     * Every second, on a thread of its own (the shared scheduler may be stuck on the same dead Redis):
     * judge the silence, then send the next heartbeat without waiting for it. Silence counts from a
     * heartbeat sent and not received, so a stalled instance is no false alarm.
     */
    private void heartbeat() {
        if (!running) {
            return;
        }
        // Wall time: a heartbeat is late in real time, whatever the application clock says.
        long now = System.currentTimeMillis();
        boolean silent = awaitingSince != 0 && now - awaitingSince > SILENCE_MS;
        if (silent && !interrupted) {
            interrupted = true;
            log.warn("no message from Redis for {} ms: closing live connections so clients resynchronise", SILENCE_MS);
            // elsewhere: closing a socket can wait on its client, and this thread must keep the heartbeat going
            Thread.startVirtualThread(() -> onInterruption.forEach(Runnable::run));
        } else if (!silent && interrupted) {
            interrupted = false;
            log.info("Redis pub/sub is back");
        }
        if (awaitingSince == 0) {
            awaitingSince = now;
        }
        Thread.startVirtualThread(() -> {
            try {
                publish(heartbeatChannel, "");
            } catch (RuntimeException unreachable) {
                // a heartbeat that cannot leave is the very thing being watched for (or the application is stopping)
                log.debug("heartbeat not sent: {}", unreachable.getMessage());
            }
        });
    }

    @Override
    public void close() throws Exception {
        watchdog.shutdownNow();
        container.destroy();
    }
}
