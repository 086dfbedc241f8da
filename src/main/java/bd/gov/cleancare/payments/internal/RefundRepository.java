package bd.gov.cleancare.payments.internal;

import bd.gov.cleancare.payments.RefundView;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.math.BigDecimal;
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

@Repository
public class RefundRepository {

    private static final String SELECT = """
            SELECT r.id, r.payment_id, p.transaction_id, r.requested_by, r.amount, r.reason, r.status, r.note, r.decided_by,
                   r.gateway_refund_id, r.created_at, r.decided_at
              FROM refunds r JOIN payments p ON p.id = r.payment_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public RefundRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public UUID request(UUID paymentId, UUID by, BigDecimal amount, String reason, Instant at) {
        return jdbc.sql("INSERT INTO refunds (payment_id, requested_by, amount, reason, created_at) VALUES (:p, :by, :amount, :reason, :at) RETURNING id")
                .param("p", paymentId).param("by", by).param("amount", amount).param("reason", reason).param("at", Timestamp.from(at))
                .query(UUID.class).single();
    }

    /** What is refunded or waiting to be: the bound for a new refund. */
    public BigDecimal committed(UUID paymentId) {
        return jdbc.sql("SELECT coalesce(sum(amount), 0) FROM refunds WHERE payment_id = :p AND status IN ('requested', 'completed')")
                .param("p", paymentId).query(BigDecimal.class).single();
    }

    public Optional<RefundView> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(RefundView.class).optional();
    }

    public Optional<RefundView> lockRequested(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND r.status = 'requested' FOR UPDATE OF r").param("id", id).query(RefundView.class).optional();
    }

    public void decide(UUID id, String status, UUID by, String gatewayRefundId, Map<String, Object> response, String note, Instant at) {
        jdbc.sql("""
                UPDATE refunds SET status = :status, decided_by = :by, gateway_refund_id = :refundId,
                                   gateway_response = CAST(:response AS jsonb), note = :note, decided_at = :at
                 WHERE id = :id""")
                .param("id", id).param("status", status).param("by", by).param("refundId", gatewayRefundId)
                .param("response", response == null ? null : json.writeValueAsString(response)).param("note", note)
                .param("at", Timestamp.from(at)).update();
    }

    public Slice<RefundView> list(UUID requester, WardScope wards, String status, PageQuery page) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (requester != null) {
            where.add("p.user_id = :user");
            params.put("user", requester);
        }
        if (wards != null && !wards.everywhere()) {
            where.add("(p.city_corporation || '/' || p.ward_number = ANY(:scope) OR '*/' || p.ward_number = ANY(:scope))");
            params.put("scope", wards.keys().toArray(String[]::new));
        }
        if (status != null) {
            where.add("r.status = :status");
            params.put("status", status);
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long count = jdbc.sql("SELECT count(*) FROM refunds r JOIN payments p ON p.id = r.payment_id" + condition).params(params)
                .query(Long.class).single();
        List<RefundView> rows = count == 0 ? List.of() : jdbc.sql(SELECT + condition + " ORDER BY r.created_at DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset()).query(RefundView.class).list();
        return new Slice<>(count, rows);
    }
}
