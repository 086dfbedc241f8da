package bd.gov.cleancare.payments;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.payments.internal.PaymentStatus;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PaymentStatusTest {

    @Test
    void only_the_documented_transitions_exist() {
        var allowed = new java.util.ArrayList<String>();
        for (var from : PaymentStatus.values()) {
            for (var to : PaymentStatus.values()) {
                if (from.canBecome(to)) {
                    allowed.add(from.code() + "→" + to.code());
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder("pending→processing", "pending→failed", "pending→cancelled",
                "processing→completed", "processing→failed", "processing→cancelled", "completed→refunded");
        for (var terminal : EnumSet.of(PaymentStatus.FAILED, PaymentStatus.CANCELLED, PaymentStatus.REFUNDED)) {
            assertThat(EnumSet.allOf(PaymentStatus.class)).noneMatch(terminal::canBecome);
        }
    }
}
