package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.FollowUps;
import bd.gov.cleancare.platform.jobs.SingleRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few minutes one instance asks "has it been fixed?" of the complaints whose time has come. */
@Component
class FollowUpJob {

    private static final Logger log = LoggerFactory.getLogger(FollowUpJob.class);

    private final FollowUps followUps;
    private final SingleRunner runner;

    FollowUpJob(FollowUps followUps, SingleRunner runner) {
        this.followUps = followUps;
        this.runner = runner;
    }

    @Scheduled(fixedDelayString = "${cleancare.follow-up.check-every:10m}", initialDelayString = "${cleancare.follow-up.check-every:10m}")
    void run() {
        runner.runExclusively("complaint-follow-up", () -> {
            int asked = followUps.askDue();
            if (asked > 0) {
                log.info("follow-up asked {} complaints", asked);
            }
        });
    }
}
