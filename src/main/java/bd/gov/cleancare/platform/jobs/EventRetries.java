package bd.gov.cleancare.platform.jobs;

import java.time.Duration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After-commit listeners that failed (an SMS gateway outage, say) stay recorded as incomplete
 * publications; once a minute one instance hands them to their listeners again.
 */
@Component
class EventRetries {

    private final IncompleteEventPublications publications;
    private final SingleRunner runner;

    EventRetries(IncompleteEventPublications publications, SingleRunner runner) {
        this.publications = publications;
        this.runner = runner;
    }

    @Scheduled(fixedDelayString = "${cleancare.events.retry-every:60s}", initialDelayString = "${cleancare.events.retry-every:60s}")
    void resubmitFailed() {
        runner.runExclusively("event-retries", () -> publications.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1)));
    }
}
