package bd.gov.cleancare.payments.internal;

import bd.gov.cleancare.payments.PayableService;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for payable_services. */
@Repository
public class Catalogue {

    private static final String COLUMNS = "code, name_bn, name_en, description, amount_rule, fixed_amount, min_amount, max_amount, is_active";

    private final JdbcClient jdbc;

    public Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PayableService> all(boolean activeOnly) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payable_services" + (activeOnly ? " WHERE is_active" : "") + " ORDER BY name_en")
                .query(PayableService.class).list();
    }

    public Optional<PayableService> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payable_services WHERE code = :code").param("code", code)
                .query(PayableService.class).optional();
    }

    public void save(PayableService s) {
        jdbc.sql("""
                INSERT INTO payable_services (code, name_bn, name_en, description, amount_rule, fixed_amount, min_amount, max_amount, is_active)
                VALUES (:code, :bn, :en, :description, :rule, :fixed, :min, :max, :active)
                ON CONFLICT (code) DO UPDATE SET name_bn = EXCLUDED.name_bn, name_en = EXCLUDED.name_en,
                    description = EXCLUDED.description, amount_rule = EXCLUDED.amount_rule, fixed_amount = EXCLUDED.fixed_amount,
                    min_amount = EXCLUDED.min_amount, max_amount = EXCLUDED.max_amount, is_active = EXCLUDED.is_active""")
                .param("code", s.code()).param("bn", s.nameBn()).param("en", s.nameEn()).param("description", s.description())
                .param("rule", s.amountRule()).param("fixed", s.fixedAmount()).param("min", s.minAmount()).param("max", s.maxAmount())
                .param("active", s.isActive())
                .update();
    }
}
