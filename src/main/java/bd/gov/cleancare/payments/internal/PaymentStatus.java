package bd.gov.cleancare.payments.internal;

import java.util.Map;
import java.util.Set;

/** The seed's payment statuses and the only moves between them. */
public enum PaymentStatus {
    PENDING, PROCESSING, COMPLETED, FAILED, CANCELLED, REFUNDED;

    private static final Map<PaymentStatus, Set<PaymentStatus>> NEXT = Map.of(
            PENDING, Set.of(PROCESSING, FAILED, CANCELLED),
            PROCESSING, Set.of(COMPLETED, FAILED, CANCELLED),
            COMPLETED, Set.of(REFUNDED),
            FAILED, Set.of(),
            CANCELLED, Set.of(),
            REFUNDED, Set.of());

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PaymentStatus of(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean canBecome(PaymentStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isOpen() {
        return this == PENDING || this == PROCESSING;
    }
}
