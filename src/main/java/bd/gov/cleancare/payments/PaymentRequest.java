package bd.gov.cleancare.payments;

import java.math.BigDecimal;

/**
 * POST /payments/process/: what to pay, how much, how, from which wallet number (the payer's own by default).
 * {@code fromPages}: started on the web portal, so the gateway sends the browser back to a page
 * ({@link PaymentReturnPage}) instead of the apps' JSON callback.
 */
public record PaymentRequest(String serviceType, BigDecimal amount, String paymentMethod, String phoneNumber, String description,
        boolean fromPages) {

    public PaymentRequest(String serviceType, BigDecimal amount, String paymentMethod, String phoneNumber, String description) {
        this(serviceType, amount, paymentMethod, phoneNumber, description, false);
    }
}
