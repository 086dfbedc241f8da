package bd.gov.cleancare.payments;

import java.math.BigDecimal;

/** POST /payments/process/: what to pay, how much, how, from which wallet number (the payer's own by default). */
public record PaymentRequest(String serviceType, BigDecimal amount, String paymentMethod, String phoneNumber, String description) {
}
