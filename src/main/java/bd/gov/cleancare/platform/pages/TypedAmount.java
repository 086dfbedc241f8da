package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.text.Digits;
import java.math.BigDecimal;

/**
 * An amount of taka as a person types it into a form: Bengali or ASCII digits, thousands separated
 * by commas or not. Blank is no amount; whether one is needed, and how much, is the service's rule.
 */
public final class TypedAmount {

    private TypedAmount() {
    }

    /** {@code field}: the service's (snake_case) name of the field, for the refusal. */
    public static BigDecimal parse(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(Digits.toAscii(typed.strip()).replace(",", ""));
        } catch (NumberFormatException e) {
            throw RuleViolated.onField(field, "problem.field.wrong-type");
        }
    }
}
