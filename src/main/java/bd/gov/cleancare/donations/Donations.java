package bd.gov.cleancare.donations;

import bd.gov.cleancare.donations.internal.DonationRepository;
import bd.gov.cleancare.payments.PaymentRequest;
import bd.gov.cleancare.payments.Payments;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pdf.BengaliFormat;
import bd.gov.cleancare.platform.pdf.Receipts;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Donations to city projects (seed §3 donations): paid through the same gateways as fees, counted
 * into a project's total only when the gateway confirms the payment, exactly once.
 */
@Service
public class Donations {

    static final String SERVICE = "donation";

    private final DonationRepository donations;
    private final Payments payments;
    private final WardScopes scopes;
    private final Receipts receipts;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Donations(DonationRepository donations, Payments payments, WardScopes scopes, Receipts receipts, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        this.donations = donations;
        this.payments = payments;
        this.scopes = scopes;
        this.receipts = receipts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<DonationProject> projects() {
        return donations.projects(true, clock.instant());
    }

    public DonationProject project(UUID id) {
        return donations.project(id).orElseThrow(() -> new NotFound("donation.project.not-found"));
    }

    /** Every project, open, closed or not yet started: for those who may manage them. */
    public List<DonationProject> allProjects(CurrentUser me) {
        requireManager(me, WardScopes.Action.READ);
        return donations.projects(false, clock.instant());
    }

    /** Whether {@code me} may create or change projects (the staff console shows its forms then). */
    public boolean mayManage(CurrentUser me) {
        return manager(me, WardScopes.Action.UPDATE);
    }

    public DonationProject saveProject(CurrentUser me, UUID id, ProjectForm form) {
        requireManager(me, id == null ? WardScopes.Action.CREATE : WardScopes.Action.UPDATE);
        var title = text("title", form.title(), 200);
        var description = text("description", form.description(), 5000);
        if (form.targetAmount() == null || form.targetAmount().signum() <= 0 || form.targetAmount().stripTrailingZeros().scale() > 2) {
            throw RuleViolated.onField("target_amount", "payment.amount.positive");
        }
        var starts = form.startsAt() == null ? clock.instant() : form.startsAt();
        if (form.endsAt() != null && !form.endsAt().isAfter(starts)) {
            throw RuleViolated.onField("ends_at", "validation.range");
        }
        var target = form.targetAmount().setScale(2, RoundingMode.HALF_UP);
        var active = form.isActive() == null || form.isActive();
        var saved = transactions.execute(s -> {
            UUID projectId = id;
            if (projectId == null) {
                projectId = donations.createProject(title, blankToNull(form.titleEn()), description, target, starts, form.endsAt(), active, me.id());
            } else {
                project(projectId);
                donations.updateProject(projectId, title, blankToNull(form.titleEn()), description, target, starts, form.endsAt(), active);
            }
            audit.record(me, id == null ? "donation_project.created" : "donation_project.updated", "donation_project", projectId,
                    Map.of("title", title, "target_amount", target.toPlainString()));
            return projectId;
        });
        return project(saved);
    }

    /** Starts a donation: a payment of the "donation" service, and the donation that waits for it. */
    public DonationView donate(CurrentUser me, UUID projectId, BigDecimal amount, String method, String phone, String message,
            boolean anonymous, String idempotencyKey) {
        return donate(me, projectId, amount, method, phone, message, anonymous, idempotencyKey, false);
    }

    /** As above; {@code fromPages}: the gateway sends the browser back to the donation's page. */
    public DonationView donate(CurrentUser me, UUID projectId, BigDecimal amount, String method, String phone, String message,
            boolean anonymous, String idempotencyKey, boolean fromPages) {
        if (projectId == null) {
            throw RuleViolated.onField("project_id", "validation.NotBlank");
        }
        var project = donations.project(projectId).filter(DonationProject::isActive)
                .filter(p -> !p.startsAt().isAfter(clock.instant()) && (p.endsAt() == null || p.endsAt().isAfter(clock.instant())))
                .orElseThrow(() -> RuleViolated.onField("project_id", "donation.project.closed"));
        if (message != null && message.strip().length() > 500) {
            throw RuleViolated.onField("message", "validation.Size.max", 500);
        }
        var started = payments.process(me, new PaymentRequest(SERVICE, amount, method, phone, "অনুদান: " + project.title(),
                fromPages), idempotencyKey);
        return transactions.execute(s -> donations.byPayment(started.paymentId()).orElseGet(() -> {
            var receipt = donations.nextReceiptNumber(LocalDate.now(clock.withZone(ClockConfig.DHAKA)).getYear());
            var id = donations.insert(me.id(), project.id(), project.title(), started.amount(), started.paymentMethod(), started.transactionId(),
                    receipt, message == null || message.isBlank() ? null : message.strip(), anonymous, started.paymentId(), clock.instant());
            return donations.find(id, me.id()).orElseThrow();
        }));
    }

    public Slice<DonationView> mine(CurrentUser me, PageQuery page) {
        return donations.of(me.id(), page);
    }

    public DonationView get(CurrentUser me, UUID id) {
        return donations.find(id, me.id()).orElseThrow(() -> new NotFound("donation.not-found"));
    }

    /** My donation paid by {@code paymentId} (where the gateway sends a web donor back). */
    public DonationView ofPayment(CurrentUser me, UUID paymentId) {
        return donations.byPayment(paymentId).filter(d -> donations.find(d.id(), me.id()).isPresent())
                .orElseThrow(() -> new NotFound("donation.not-found"));
    }

    public byte[] receipt(CurrentUser me, UUID id) {
        var donation = get(me, id);
        if (!"completed".equals(donation.status())) {
            throw new bd.gov.cleancare.platform.errors.Conflict("payment.receipt.not-completed");
        }
        var lines = List.of(
                new Receipts.Line("প্রকল্প", "Project", donation.projectName()),
                new Receipts.Line("অনুদানের পরিমাণ", "Amount", "৳ " + BengaliFormat.decimal(donation.amount(), 2)),
                new Receipts.Line("পরিশোধের মাধ্যম", "Paid with", donation.paymentMethod()),
                new Receipts.Line("লেনদেন নম্বর", "Transaction", donation.transactionId()),
                new Receipts.Line("বার্তা", "Message", donation.message()));
        return receipts.render("অনুদানের রসিদ", "Donation receipt", donation.receiptNumber(), lines, donation.completedAt());
    }

    private void requireManager(CurrentUser me, WardScopes.Action action) {
        if (!manager(me, action)) {
            throw new Forbidden("problem.forbidden");
        }
    }

    private boolean manager(CurrentUser me, WardScopes.Action action) {
        return me.isSuperAdmin() || (me.type() == UserType.ADMIN && !scopes.of(me, "donations", action).keys().isEmpty());
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        if (value.strip().length() > max) {
            throw RuleViolated.onField(field, "validation.Size.max", max);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
