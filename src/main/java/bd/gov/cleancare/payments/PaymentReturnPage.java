package bd.gov.cleancare.payments;

/**
 * Where a browser that paid for {@code serviceType} on the web portal lands once the gateway has
 * answered: a page path of ours with {@code {payment}} for the payment's id. A module whose payments
 * have their own page (donations) declares one as a bean; any other payment lands on its receipt.
 */
public record PaymentReturnPage(String serviceType, String path) {

    public static final String DEFAULT = "/payments/{payment}";

    public String pathOf(java.util.UUID paymentId) {
        return path.replace("{payment}", paymentId.toString());
    }
}
