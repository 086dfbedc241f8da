package bd.gov.cleancare.alerts.internal;

import bd.gov.cleancare.alerts.Alerts;
import bd.gov.cleancare.platform.jobs.SingleRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every evening (Dhaka) one instance sends the day's alert digests by SMS. */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final Alerts alerts;
    private final SingleRunner runner;

    DigestJob(Alerts alerts, SingleRunner runner) {
        this.alerts = alerts;
        this.runner = runner;
    }

    @Scheduled(cron = "${cleancare.alerts.digest-cron:0 0 19 * * *}", zone = "Asia/Dhaka")
    void run() {
        runner.runExclusively("alert-sms-digest", () -> {
            int sent = alerts.sendDigests();
            if (sent > 0) {
                log.info("alert digests sent: {}", sent);
            }
        });
    }
}
