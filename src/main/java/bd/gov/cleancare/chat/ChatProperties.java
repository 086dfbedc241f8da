package bd.gov.cleancare.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a socket's room admission and a ward's office list are trusted before being looked up
 * again (a revoked permission or a new admin takes effect within that), and how many messages one
 * person may send a minute.
 */
@ConfigurationProperties("cleancare.chat")
public record ChatProperties(
        @DefaultValue("30s") Duration admissionTtl,
        @DefaultValue("30s") Duration officeTtl,
        @DefaultValue("30") int messagesPerMinute) {
}
