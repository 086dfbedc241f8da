package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.ComplaintDeadlines;
import bd.gov.cleancare.platform.jobs.SingleRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few minutes one instance marks overdue complaints and escalates the long overdue. */
@Component
public class OverdueJob {

    static final String NAME = "complaint-deadlines";
    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final ComplaintDeadlines deadlines;
    private final SingleRunner runner;

    public OverdueJob(ComplaintDeadlines deadlines, SingleRunner runner) {
        this.deadlines = deadlines;
        this.runner = runner;
    }

    @Scheduled(fixedDelayString = "${cleancare.deadlines.sweep-every:5m}", initialDelayString = "${cleancare.deadlines.sweep-every:5m}")
    public void run() {
        runner.runExclusively(NAME, () -> {
            long started = System.nanoTime();
            var sweep = deadlines.sweep();
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (sweep.markedOverdue() + sweep.escalatedToZone() + sweep.escalatedToCity() > 0) {
                log.info("deadlines: {} overdue, {} to zone, {} to city in {} ms", sweep.markedOverdue(), sweep.escalatedToZone(),
                        sweep.escalatedToCity(), millis);
            } else {
                log.debug("deadlines: nothing late in {} ms", millis);
            }
        });
    }
}
