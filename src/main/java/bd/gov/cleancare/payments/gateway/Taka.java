package bd.gov.cleancare.payments.gateway;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as the providers want them: taka with exactly two decimals, written from {@link BigDecimal}. */
final class Taka {

    private Taka() {
    }

    static String format(BigDecimal amount) {
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an amount in taka has at most two decimals: " + amount, e);
        }
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
