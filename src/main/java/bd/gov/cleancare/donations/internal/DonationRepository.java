package bd.gov.cleancare.donations.internal;

import bd.gov.cleancare.donations.DonationProject;
import bd.gov.cleancare.donations.DonationView;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DonationRepository {

    private static final String PROJECT = """
            SELECT id, title, title_en, description, target_amount, raised_amount, donor_count, starts_at, ends_at, is_active, created_at
              FROM donation_projects""";
    private static final String DONATION = """
            SELECT d.id, d.project_id, d.project_name, d.amount, d.payment_method, d.transaction_id, d.receipt_number, d.status,
                   d.message, d.is_anonymous, d.payment_id, p.redirect_url, d.created_at, d.completed_at
              FROM donations d LEFT JOIN payments p ON p.id = d.payment_id""";

    private final JdbcClient jdbc;

    public DonationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DonationProject> projects(boolean openOnly, Instant now) {
        return jdbc.sql(PROJECT + (openOnly ? " WHERE is_active AND starts_at <= :now AND (ends_at IS NULL OR ends_at > :now)" : "")
                        + " ORDER BY created_at DESC")
                .param("now", Timestamp.from(now)).query(DonationProject.class).list();
    }

    public Optional<DonationProject> project(UUID id) {
        return jdbc.sql(PROJECT + " WHERE id = :id").param("id", id).query(DonationProject.class).optional();
    }

    public UUID createProject(String title, String titleEn, String description, BigDecimal target, Instant startsAt, Instant endsAt,
            boolean active, UUID by) {
        return jdbc.sql("""
                INSERT INTO donation_projects (title, title_en, description, target_amount, starts_at, ends_at, is_active, created_by)
                VALUES (:title, :en, :description, :target, :starts, :ends, :active, :by) RETURNING id""")
                .param("title", title).param("en", titleEn).param("description", description).param("target", target)
                .param("starts", Timestamp.from(startsAt)).param("ends", endsAt == null ? null : Timestamp.from(endsAt))
                .param("active", active).param("by", by).query(UUID.class).single();
    }

    public void updateProject(UUID id, String title, String titleEn, String description, BigDecimal target, Instant startsAt,
            Instant endsAt, boolean active) {
        jdbc.sql("""
                UPDATE donation_projects SET title = :title, title_en = :en, description = :description, target_amount = :target,
                       starts_at = :starts, ends_at = :ends, is_active = :active WHERE id = :id""")
                .param("id", id).param("title", title).param("en", titleEn).param("description", description).param("target", target)
                .param("starts", Timestamp.from(startsAt)).param("ends", endsAt == null ? null : Timestamp.from(endsAt))
                .param("active", active).update();
    }

    public String nextReceiptNumber(int year) {
        long n = jdbc.sql("SELECT nextval('donation_receipt_seq')").query(Long.class).single();
        return "CCD-" + year + "-" + String.format("%07d", n);
    }

    public UUID insert(UUID userId, UUID projectId, String projectName, BigDecimal amount, String method, String transactionId,
            String receiptNumber, String message, boolean anonymous, UUID paymentId, Instant at) {
        return jdbc.sql("""
                INSERT INTO donations (user_id, project_id, project_name, amount, payment_method, transaction_id, receipt_number, status,
                                       message, is_anonymous, payment_id, created_at)
                VALUES (:user, :project, :name, :amount, :method, :txn, :receipt, 'pending', :message, :anonymous, :payment, :at)
                RETURNING id""")
                .param("user", userId).param("project", projectId).param("name", projectName).param("amount", amount)
                .param("method", method).param("txn", transactionId).param("receipt", receiptNumber).param("message", message)
                .param("anonymous", anonymous).param("payment", paymentId).param("at", Timestamp.from(at))
                .query(UUID.class).single();
    }

    public Optional<DonationView> byPayment(UUID paymentId) {
        return jdbc.sql(DONATION + " WHERE d.payment_id = :payment").param("payment", paymentId).query(DonationView.class).optional();
    }

    public Optional<DonationView> find(UUID id, UUID userId) {
        return jdbc.sql(DONATION + " WHERE d.id = :id AND d.user_id = :user").param("id", id).param("user", userId)
                .query(DonationView.class).optional();
    }

    public Slice<DonationView> of(UUID userId, PageQuery page) {
        long count = jdbc.sql("SELECT count(*) FROM donations WHERE user_id = :user").param("user", userId).query(Long.class).single();
        var rows = jdbc.sql(DONATION + " WHERE d.user_id = :user ORDER BY d.created_at DESC LIMIT :limit OFFSET :offset")
                .param("user", userId).param("limit", page.pageSize()).param("offset", page.offset()).query(DonationView.class).list();
        return new Slice<>(count, rows);
    }

    /**
     * Completes the donation of a paid payment once: the status change is the guard, and the project's
     * total moves in the same statement's transaction (a second delivery finds nothing pending).
     */
    public boolean complete(UUID paymentId, Instant at) {
        var done = jdbc.sql("""
                UPDATE donations SET status = 'completed', completed_at = :at WHERE payment_id = :payment AND status = 'pending'
                RETURNING project_id, amount""")
                .param("payment", paymentId).param("at", Timestamp.from(at))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBigDecimal(2)}).optional();
        done.filter(row -> row[0] != null).ifPresent(row -> jdbc.sql("""
                UPDATE donation_projects SET raised_amount = raised_amount + :amount, donor_count = donor_count + 1 WHERE id = :project""")
                .param("project", row[0]).param("amount", row[1]).update());
        return done.isPresent();
    }

    public void fail(UUID paymentId) {
        jdbc.sql("UPDATE donations SET status = 'failed' WHERE payment_id = :payment AND status = 'pending'").param("payment", paymentId).update();
    }
}
