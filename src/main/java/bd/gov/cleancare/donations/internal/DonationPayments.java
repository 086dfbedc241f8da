package bd.gov.cleancare.donations.internal;

import bd.gov.cleancare.payments.PaymentClosed;
import bd.gov.cleancare.payments.PaymentCompleted;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A donation follows its payment: completed (and counted) once, or failed. */
@Component
class DonationPayments {

    private final DonationRepository donations;
    private final Clock clock;

    DonationPayments(DonationRepository donations, Clock clock) {
        this.donations = donations;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PaymentCompleted event) {
        if ("donation".equals(event.serviceType())) {
            donations.complete(event.paymentId(), event.completedAt() == null ? clock.instant() : event.completedAt());
        }
    }

    @ApplicationModuleListener
    void on(PaymentClosed event) {
        if ("donation".equals(event.serviceType())) {
            donations.fail(event.paymentId());
        }
    }
}
