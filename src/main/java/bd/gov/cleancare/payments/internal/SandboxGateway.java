package bd.gov.cleancare.payments.internal;

import bd.gov.cleancare.payments.gateway.PaymentGateway;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A gateway of our own for development and demos: its page (/api/v1/payments/sandbox/{id}/) lets
 * the citizen confirm or cancel, and it answers queries like a real provider would — from its own
 * record, never from what the callback says.
 */
public class SandboxGateway implements PaymentGateway {

    private final JdbcClient jdbc;
    private final String publicUrl;

    public SandboxGateway(JdbcClient jdbc, String publicUrl) {
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.replaceAll("/$", "");
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Set<String> methods() {
        return Set.of("bkash", "nagad", "rocket", "upay", "card", "bank");
    }

    @Override
    public Created create(Order order) {
        var id = jdbc.sql("""
                INSERT INTO sandbox_payments (transaction_id, amount, description, callback_url) VALUES (:txn, :amount, :description, :callback)
                RETURNING id""")
                .param("txn", order.transactionId()).param("amount", order.amount()).param("description", order.description())
                .param("callback", order.callbackUrl()).query(UUID.class).single();
        return new Created(id.toString(), publicUrl + "/api/v1/payments/sandbox/" + id + "/", Map.of("sandbox_id", id.toString()));
    }

    @Override
    public Outcome confirm(Reference payment, Map<String, String> callback) {
        return query(payment);
    }

    @Override
    public Outcome query(Reference payment) {
        var state = jdbc.sql("SELECT status, amount FROM sandbox_payments WHERE id = :id")
                .param("id", UUID.fromString(payment.gatewayPaymentId()))
                .query((rs, n) -> Map.<String, Object>of("status", rs.getString(1), "amount", rs.getBigDecimal(2).toPlainString()))
                .optional().orElse(Map.of("status", "unknown"));
        var verdict = switch ((String) state.get("status")) {
            case "paid", "refunded" -> Verdict.COMPLETED;
            case "cancelled" -> Verdict.CANCELLED;
            case "pending" -> Verdict.PENDING;
            default -> Verdict.FAILED;
        };
        if (verdict == Verdict.COMPLETED && new BigDecimal((String) state.get("amount")).compareTo(payment.amount()) != 0) {
            return new Outcome(Verdict.FAILED, null, "amount mismatch", state);
        }
        return new Outcome(verdict, verdict == Verdict.COMPLETED ? "SBX" + payment.gatewayPaymentId().substring(0, 8).toUpperCase() : null,
                verdict == Verdict.COMPLETED ? null : "sandbox: " + state.get("status"), state);
    }

    @Override
    public RefundResult refund(Reference payment, BigDecimal amount, String reason) {
        int updated = jdbc.sql("""
                UPDATE sandbox_payments SET refunded = refunded + :amount,
                       status = CASE WHEN refunded + :amount >= amount THEN 'refunded' ELSE status END
                 WHERE id = :id AND status IN ('paid', 'refunded') AND refunded + :amount <= amount""")
                .param("id", UUID.fromString(payment.gatewayPaymentId())).param("amount", amount).update();
        return updated == 1 ? new RefundResult(true, "SBXR-" + UUID.randomUUID().toString().substring(0, 8), null, Map.of("refunded", amount.toPlainString()))
                : new RefundResult(false, null, "sandbox: not refundable", Map.of());
    }

    /** The sandbox page's buttons: the citizen's choice, recorded where queries read it. */
    public String choose(UUID sandboxId, boolean pay) {
        var callback = jdbc.sql("UPDATE sandbox_payments SET status = :status WHERE id = :id AND status = 'pending' RETURNING callback_url")
                .param("id", sandboxId).param("status", pay ? "paid" : "cancelled").query(String.class).optional()
                .orElseGet(() -> jdbc.sql("SELECT callback_url FROM sandbox_payments WHERE id = :id").param("id", sandboxId)
                        .query(String.class).optional().orElse(null));
        if (callback == null) {
            return null;
        }
        return callback + (callback.contains("?") ? "&" : "?") + "payment_id=" + sandboxId + "&status=" + (pay ? "success" : "cancel");
    }

    public Map<String, Object> describe(UUID sandboxId) {
        return jdbc.sql("SELECT transaction_id, amount, description, status FROM sandbox_payments WHERE id = :id").param("id", sandboxId)
                .query((rs, n) -> Map.<String, Object>of("transaction_id", rs.getString(1), "amount", rs.getBigDecimal(2).toPlainString(),
                        "description", String.valueOf(rs.getString(3)), "status", rs.getString(4)))
                .optional().orElse(null);
    }
}
