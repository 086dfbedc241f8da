package bd.gov.cleancare.payments.internal;

import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL for payments and their transition history. Every status change is a compare-and-set. */
@Repository
public class PaymentRepository {

    private static final String COLUMNS = """
            id, user_id, service_type, amount, payment_method, gateway, phone_number, transaction_id, gateway_transaction_id,
            gateway_trx_id, status, failure_reason, refunded_amount, receipt_number, redirect_url, description,
            city_corporation, ward_number, created_at, updated_at, completed_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PaymentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record NewPayment(UUID userId, String serviceType, BigDecimal amount, String paymentMethod, String gateway,
            String phoneNumber, String transactionId, String idempotencyKey, String description, String cityCorporation,
            String wardNumber, Instant at) {
    }

    /** Inserts a pending payment; with an idempotency key already used by this payer, inserts nothing. */
    public Optional<UUID> insert(NewPayment p) {
        var id = jdbc.sql("""
                INSERT INTO payments (user_id, service_type, amount, payment_method, gateway, phone_number, transaction_id, status,
                                      idempotency_key, description, city_corporation, ward_number, created_at, updated_at)
                VALUES (:user, :service, :amount, :method, :gateway, :phone, :txn, 'pending', :key, :description, :cc, :ward, :at, :at)
                ON CONFLICT (user_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
                RETURNING id""")
                .param("user", p.userId()).param("service", p.serviceType()).param("amount", p.amount())
                .param("method", p.paymentMethod()).param("gateway", p.gateway()).param("phone", p.phoneNumber())
                .param("txn", p.transactionId()).param("key", p.idempotencyKey()).param("description", p.description())
                .param("cc", p.cityCorporation()).param("ward", p.wardNumber()).param("at", Timestamp.from(p.at()))
                .query(UUID.class).optional();
        id.ifPresent(created -> event(created, null, PaymentStatus.PENDING, null, "created", p.userId(), p.at()));
        return id;
    }

    public Optional<PaymentRow> byIdempotencyKey(UUID userId, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE user_id = :user AND idempotency_key = :key")
                .param("user", userId).param("key", key).query(PaymentRepository::row).optional();
    }

    public Optional<PaymentRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE id = :id").param("id", id).query(PaymentRepository::row).optional();
    }

    public Optional<PaymentRow> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE id = :id FOR UPDATE").param("id", id).query(PaymentRepository::row).optional();
    }

    public Optional<PaymentRow> byTransactionId(String transactionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE transaction_id = :txn").param("txn", transactionId)
                .query(PaymentRepository::row).optional();
    }

    public Optional<PaymentRow> byGatewayHandle(String gateway, String handle) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE gateway = :gateway AND gateway_transaction_id = :handle")
                .param("gateway", gateway).param("handle", handle).query(PaymentRepository::row).optional();
    }

    /** Records the gateway's handle and page while pending → processing; false if the payment moved meanwhile. */
    public boolean started(UUID id, String handle, String redirectUrl, Map<String, Object> response, Instant at) {
        int changed = jdbc.sql("""
                UPDATE payments SET status = 'processing', gateway_transaction_id = :handle, redirect_url = :url,
                                    gateway_response = CAST(:response AS jsonb), updated_at = :at
                 WHERE id = :id AND status = 'pending'""")
                .param("id", id).param("handle", handle).param("url", redirectUrl).param("response", json(response))
                .param("at", Timestamp.from(at)).update();
        if (changed == 1) {
            event(id, PaymentStatus.PENDING, PaymentStatus.PROCESSING, response, "gateway payment created", null, at);
        }
        return changed == 1;
    }

    /**
     * Moves the payment from {@code from} to {@code to} only if it is still in {@code from}: a replayed
     * callback or a concurrent reconciliation changes nothing the second time.
     */
    public boolean transition(UUID id, PaymentStatus from, PaymentStatus to, String gatewayTrxId, String failureReason,
            String receiptNumber, Map<String, Object> response, String note, UUID actor, Instant at) {
        if (!from.canBecome(to)) {
            throw new IllegalStateException("no transition " + from + " → " + to);
        }
        int changed = jdbc.sql("""
                UPDATE payments SET status = :to, gateway_trx_id = coalesce(:trx, gateway_trx_id),
                                    failure_reason = coalesce(:reason, failure_reason),
                                    receipt_number = coalesce(:receipt, receipt_number),
                                    gateway_response = coalesce(CAST(:response AS jsonb), gateway_response),
                                    completed_at = CASE WHEN :to = 'completed' THEN :at ELSE completed_at END,
                                    updated_at = :at
                 WHERE id = :id AND status = :from""")
                .param("id", id).param("from", from.code()).param("to", to.code()).param("trx", gatewayTrxId)
                .param("reason", failureReason).param("receipt", receiptNumber).param("response", json(response))
                .param("at", Timestamp.from(at)).update();
        if (changed == 1) {
            event(id, from, to, response, note, actor, at);
        }
        return changed == 1;
    }

    public void addRefunded(UUID id, BigDecimal amount, Instant at) {
        jdbc.sql("UPDATE payments SET refunded_amount = refunded_amount + :amount, updated_at = :at WHERE id = :id")
                .param("id", id).param("amount", amount).param("at", Timestamp.from(at)).update();
    }

    public String nextReceiptNumber(Instant at) {
        long n = jdbc.sql("SELECT nextval('payment_receipt_seq')").query(Long.class).single();
        return "CCP-" + java.time.LocalDate.ofInstant(at, bd.gov.cleancare.platform.time.ClockConfig.DHAKA).getYear()
                + "-" + String.format("%07d", n);
    }

    public record Filter(UUID userId, WardScope wards, String status, String serviceType, String method, Instant from, Instant to) {
    }

    public Slice<PaymentRow> list(Filter filter, PageQuery page) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter.userId() != null) {
            where.add("user_id = :user");
            params.put("user", filter.userId());
        }
        if (filter.wards() != null && !filter.wards().everywhere()) {
            where.add("ward_number = ANY(:scopeWards)");
            where.add("(city_corporation || '/' || ward_number = ANY(:scope) OR '*/' || ward_number = ANY(:scope))");
            params.put("scope", filter.wards().keys().toArray(String[]::new));
            params.put("scopeWards", filter.wards().keys().stream().map(k -> k.substring(k.indexOf('/') + 1)).distinct().toArray(String[]::new));
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.serviceType() != null) {
            where.add("service_type = :service");
            params.put("service", filter.serviceType());
        }
        if (filter.method() != null) {
            where.add("payment_method = :method");
            params.put("method", filter.method());
        }
        if (filter.from() != null) {
            where.add("created_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.add("created_at <= :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long count = jdbc.sql("SELECT count(*) FROM payments" + condition).params(params).query(Long.class).single();
        List<PaymentRow> rows = count == 0 ? List.of() : jdbc.sql("SELECT " + COLUMNS + " FROM payments" + condition
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset())
                .query(PaymentRepository::row).list();
        return new Slice<>(count, rows);
    }

    /** Payments left open since before {@code olderThan}, oldest first (reconciliation). */
    public List<PaymentRow> stuck(Instant olderThan, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE status IN ('pending', 'processing') AND updated_at < :before"
                        + " ORDER BY updated_at LIMIT :limit")
                .param("before", Timestamp.from(olderThan)).param("limit", limit).query(PaymentRepository::row).list();
    }

    public record Event(String fromStatus, String toStatus, String note, Instant at) {
    }

    public List<Event> events(UUID paymentId) {
        return jdbc.sql("SELECT from_status, to_status, note, created_at FROM payment_events WHERE payment_id = :id ORDER BY created_at, seq")
                .param("id", paymentId)
                .query((rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    private void event(UUID paymentId, PaymentStatus from, PaymentStatus to, Map<String, Object> response, String note, UUID actor,
            Instant at) {
        jdbc.sql("""
                INSERT INTO payment_events (payment_id, from_status, to_status, gateway_response, note, actor_id, created_at)
                VALUES (:payment, :from, :to, CAST(:response AS jsonb), :note, :actor, :at)""")
                .param("payment", paymentId).param("from", from == null ? null : from.code()).param("to", to.code())
                .param("response", json(response)).param("note", note).param("actor", actor).param("at", Timestamp.from(at))
                .update();
    }

    private String json(Map<String, Object> response) {
        return response == null ? null : json.writeValueAsString(response);
    }

    static PaymentRow row(ResultSet rs, int n) throws SQLException {
        return new PaymentRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("service_type"),
                rs.getBigDecimal("amount"), rs.getString("payment_method"), rs.getString("gateway"), rs.getString("phone_number"),
                rs.getString("transaction_id"), rs.getString("gateway_transaction_id"), rs.getString("gateway_trx_id"),
                PaymentStatus.of(rs.getString("status")), rs.getString("failure_reason"), rs.getBigDecimal("refunded_amount"),
                rs.getString("receipt_number"), rs.getString("redirect_url"), rs.getString("description"),
                rs.getString("city_corporation"), rs.getString("ward_number"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "completed_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
