package bd.gov.cleancare.payments;

import java.math.BigDecimal;

/** A city service citizens can pay for, with its amount rule (fixed, or a range). */
public record PayableService(String code, String nameBn, String nameEn, String description, String amountRule,
        BigDecimal fixedAmount, BigDecimal minAmount, BigDecimal maxAmount, boolean isActive) {
}
