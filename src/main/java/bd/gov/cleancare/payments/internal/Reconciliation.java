package bd.gov.cleancare.payments.internal;

import bd.gov.cleancare.payments.Payments;
import bd.gov.cleancare.platform.jobs.SingleRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few minutes one instance settles payments left open (a closed app, a lost callback). */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final Payments payments;
    private final SingleRunner runner;

    Reconciliation(Payments payments, SingleRunner runner) {
        this.payments = payments;
        this.runner = runner;
    }

    @Scheduled(fixedDelayString = "${cleancare.payments.reconcile-every:5m}", initialDelayString = "${cleancare.payments.reconcile-every:5m}")
    void run() {
        runner.runExclusively("payment-reconciliation", () -> {
            int settled = payments.reconcile();
            if (settled > 0) {
                log.info("reconciliation settled {} payments", settled);
            }
        });
    }
}
