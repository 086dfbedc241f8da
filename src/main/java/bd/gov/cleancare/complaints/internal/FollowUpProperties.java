package bd.gov.cleancare.complaints.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * After a complaint is resolved: how long its citizen may say "not fixed" ({@code reopenWindow}),
 * when "has it been fixed?" is asked ({@code askAfter}), how long its link works ({@code answerWithin}),
 * how often the job looks ({@code checkEvery}). {@code secret} (SECRET_KEY) keys the links' HMAC.
 */
@ConfigurationProperties("cleancare.follow-up")
public record FollowUpProperties(
        String secret,
        @DefaultValue("14d") Duration reopenWindow,
        @DefaultValue("3d") Duration askAfter,
        @DefaultValue("14d") Duration answerWithin,
        @DefaultValue("10m") Duration checkEvery,
        @DefaultValue("500") int batch) {
}
