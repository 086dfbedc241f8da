package bd.gov.cleancare.payments;

import bd.gov.cleancare.identity.PhoneNumber;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.payments.gateway.GatewayUnavailable;
import bd.gov.cleancare.payments.gateway.PaymentGateway;
import bd.gov.cleancare.payments.internal.Catalogue;
import bd.gov.cleancare.payments.internal.Gateways;
import bd.gov.cleancare.payments.internal.PaymentRepository;
import bd.gov.cleancare.payments.internal.PaymentRow;
import bd.gov.cleancare.payments.internal.PaymentStatus;
import bd.gov.cleancare.payments.internal.PaymentsProperties;
import bd.gov.cleancare.payments.internal.RefundRepository;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.errors.Unavailable;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.web.DateRange;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * City fee payments (seed §5): a payment is created pending, handed to its gateway (processing),
 * and settled only by what the gateway reports when asked — callbacks, verify and the reconciliation
 * job all end in {@link #settle}, whose compare-and-set transitions make replays harmless.
 */
@Service
public class Payments {

    public static final String RESOURCE = "payments";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final Catalogue catalogue;
    private final Gateways gateways;
    private final Users users;
    private final WardScopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String publicUrl;
    private final PaymentsProperties properties;

    Payments(PaymentRepository payments, RefundRepository refunds, Catalogue catalogue, Gateways gateways, Users users,
            WardScopes scopes, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
            PaymentsProperties properties, @Value("${cleancare.public-url}") String publicUrl) {
        this.properties = properties;
        this.payments = payments;
        this.refunds = refunds;
        this.catalogue = catalogue;
        this.gateways = gateways;
        this.users = users;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/$", "");
    }

    /** The payment statuses, as the API's {@code status} filter takes them. */
    public static final java.util.List<String> STATUSES = java.util.Arrays.stream(PaymentStatus.values()).map(PaymentStatus::code).toList();

    /** The payment methods some gateway takes now (bkash, nagad, …). */
    public java.util.Set<String> methods() {
        return gateways.methods();
    }

    public java.util.List<PayableService> services() {
        return catalogue.all(true);
    }

    /**
     * Starts a payment. The same Idempotency-Key from the same payer returns the first payment,
     * however many times and however concurrently the request is retried.
     */
    public PaymentStarted process(CurrentUser me, PaymentRequest request, String idempotencyKey) {
        var key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw RuleViolated.onField("Idempotency-Key", "payment.idempotency.too-long");
        }
        if (key != null) {
            var earlier = payments.byIdempotencyKey(me.id(), key);
            if (earlier.isPresent()) {
                return started(earlier.get(), true);
            }
        }
        var service = serviceFor(request.serviceType());
        var amount = amountFor(service, request.amount());
        var method = request.paymentMethod() == null ? "" : request.paymentMethod().strip().toLowerCase(Locale.ROOT);
        var gateway = gateways.forMethod(method);
        var payer = users.find(me.id()).orElseThrow(() -> new NotFound("user.not-found"));
        var wallet = request.phoneNumber() == null || request.phoneNumber().isBlank() ? payer.phone()
                : PhoneNumber.parse("phone_number", request.phoneNumber()).value();
        var description = request.description() == null || request.description().isBlank() ? service.nameBn()
                : request.description().strip();
        if (description.length() > 300) {
            throw RuleViolated.onField("description", "validation.Size.max", 300);
        }
        var now = clock.instant();
        var inserted = payments.insert(new PaymentRepository.NewPayment(me.id(), service.code(), amount, method, gateway.name(), wallet,
                newTransactionId(), key, description, payer.cityCorporation(), payer.wardNumber(), now));
        if (inserted.isEmpty()) {
            // a concurrent request with the same key won the insert: answer with its payment
            return started(payments.byIdempotencyKey(me.id(), key).orElseThrow(), true);
        }
        return started(begin(payments.find(inserted.get()).orElseThrow(), gateway, request.fromPages()), false);
    }

    /**
     * Hands a pending payment to its gateway; a gateway that cannot be reached fails it cleanly (503).
     * The gateway sends the payer back to the apps' JSON callback, or for the web portal to the
     * return route that answers the browser with a page.
     */
    PaymentRow begin(PaymentRow payment, PaymentGateway gateway, boolean fromPages) {
        PaymentGateway.Created created;
        try {
            created = gateway.create(new PaymentGateway.Order(payment.transactionId(), payment.amount(), payment.description(),
                    payment.phoneNumber(), publicUrl + "/api/v1/payments/" + gateway.name() + (fromPages ? "/web-callback/" : "/callback/")));
        } catch (GatewayUnavailable e) {
            transactions.executeWithoutResult(s -> payments.transition(payment.id(), PaymentStatus.PENDING, PaymentStatus.FAILED, null,
                    "gateway unavailable: " + e.getMessage(), null, null, "gateway unavailable", null, clock.instant()));
            throw new Unavailable("payment.gateway.unavailable");
        } catch (RuntimeException refused) {
            transactions.executeWithoutResult(s -> payments.transition(payment.id(), PaymentStatus.PENDING, PaymentStatus.FAILED, null,
                    refused.getMessage(), null, null, "gateway refused", null, clock.instant()));
            throw RuleViolated.onField("payment_method", "payment.gateway.refused", String.valueOf(refused.getMessage()));
        }
        transactions.executeWithoutResult(s -> payments.started(payment.id(), created.gatewayPaymentId(), created.redirectUrl(),
                created.response(), clock.instant()));
        return payments.find(payment.id()).orElseThrow();
    }

    public Slice<PaymentView> list(CurrentUser me, String status, String serviceType, String method, PageQuery page) {
        return list(me, status, serviceType, method, new DateRange(null, null), page);
    }

    /** As {@link #list(CurrentUser, String, String, String, PageQuery)}, created within {@code created} (Dhaka days). */
    public Slice<PaymentView> list(CurrentUser me, String status, String serviceType, String method, DateRange created, PageQuery page) {
        var filter = new PaymentRepository.Filter(me.type() == UserType.CITIZEN || me.type() == UserType.SERVICE_PROVIDER ? me.id() : null,
                me.type().isStaff() && me.type() != UserType.SERVICE_PROVIDER ? wardsOf(me, WardScopes.Action.READ) : null,
                blank(status) ? null : status.strip().toLowerCase(Locale.ROOT), blank(serviceType) ? null : serviceType.strip(),
                blank(method) ? null : method.strip().toLowerCase(Locale.ROOT), created.fromInstant(), created.toInstant());
        return payments.list(filter, page).map(this::view);
    }

    /** The payer's own payments, whatever their role. */
    public Slice<PaymentView> history(CurrentUser me, PageQuery page) {
        return payments.list(new PaymentRepository.Filter(me.id(), null, null, null, null, null, null), page).map(this::view);
    }

    public PaymentView get(CurrentUser me, UUID id) {
        return view(visible(me, id));
    }

    public java.util.List<PaymentRepository.Event> events(CurrentUser me, UUID id) {
        return payments.events(visible(me, id).id());
    }

    /** The payer (or staff) asks: the gateway is queried and its answer applied. */
    public PaymentView verify(CurrentUser me, UUID paymentId, String transactionId) {
        var payment = paymentId != null ? visible(me, paymentId)
                : payments.byTransactionId(transactionId == null ? "" : transactionId.strip())
                        .filter(p -> mayRead(me, p)).orElseThrow(() -> new NotFound("payment.not-found"));
        if (payment.status() == PaymentStatus.PROCESSING) {
            settle(payment, Map.of(), true);
        }
        return view(payments.find(payment.id()).orElseThrow());
    }

    /** A gateway's callback or IPN: finds the payment, asks the gateway, applies its verdict. Public, so it trusts nothing. */
    public Optional<PaymentView> callback(String gatewayName, Map<String, String> parameters) {
        var gateway = gateways.named(gatewayName).orElseThrow(() -> new NotFound("payment.not-found"));
        var payment = locate(gateway.name(), parameters).orElseThrow(() -> new NotFound("payment.not-found"));
        if (payment.status() == PaymentStatus.PROCESSING) {
            settle(payment, parameters, false);
        }
        return payments.find(payment.id()).map(this::view);
    }

    /** Applies what the gateway says now. PENDING changes nothing; an unreachable gateway changes nothing. */
    public PaymentStatus settle(PaymentRow payment, Map<String, String> callback, boolean queryOnly) {
        var gateway = gateways.named(payment.gateway()).orElseThrow(() -> new IllegalStateException("gateway " + payment.gateway() + " is gone"));
        var reference = new PaymentGateway.Reference(payment.transactionId(), payment.gatewayTransactionId(), payment.gatewayTrxId(), payment.amount());
        PaymentGateway.Outcome outcome;
        try {
            outcome = queryOnly || callback.isEmpty() ? gateway.query(reference) : gateway.confirm(reference, callback);
        } catch (GatewayUnavailable e) {
            return payment.status();
        }
        var now = clock.instant();
        return transactions.execute(s -> switch (outcome.verdict()) {
            case PENDING -> payment.status();
            case COMPLETED -> {
                var receipt = payments.nextReceiptNumber(now);
                if (payments.transition(payment.id(), PaymentStatus.PROCESSING, PaymentStatus.COMPLETED, outcome.gatewayTransactionId(), null,
                        receipt, outcome.response(), "confirmed by " + gateway.name(), null, now)) {
                    events.publishEvent(new PaymentCompleted(payment.id(), payment.userId(), payment.serviceType(), payment.amount(),
                            payment.transactionId(), receipt, now));
                }
                yield PaymentStatus.COMPLETED;
            }
            case FAILED, CANCELLED -> {
                var to = outcome.verdict() == PaymentGateway.Verdict.FAILED ? PaymentStatus.FAILED : PaymentStatus.CANCELLED;
                if (payments.transition(payment.id(), PaymentStatus.PROCESSING, to, null, outcome.message(), null, outcome.response(),
                        "reported by " + gateway.name(), null, now)) {
                    events.publishEvent(new PaymentClosed(payment.id(), payment.userId(), payment.serviceType(), to.code(), outcome.message()));
                }
                yield to;
            }
        });
    }

    /** Settles payments left open (closed app, lost callback): asks each gateway, expires the hopeless. */
    public int reconcile() {
        int settled = 0;
        var now = clock.instant();
        for (var payment : payments.stuck(now.minus(reconcileAfter()), 200)) {
            if (payment.status() == PaymentStatus.PENDING) {
                transactions.executeWithoutResult(s -> payments.transition(payment.id(), PaymentStatus.PENDING, PaymentStatus.FAILED, null,
                        "never reached the gateway", null, null, "reconciliation", null, now));
                settled++;
                continue;
            }
            var result = settle(payment, Map.of(), true);
            if (result == PaymentStatus.PROCESSING && payment.updatedAt().isBefore(now.minus(expireAfter()))) {
                transactions.executeWithoutResult(s -> {
                    if (payments.transition(payment.id(), PaymentStatus.PROCESSING, PaymentStatus.CANCELLED, null, "expired", null, null,
                            "reconciliation: expired", null, now)) {
                        events.publishEvent(new PaymentClosed(payment.id(), payment.userId(), payment.serviceType(), "cancelled", "expired"));
                    }
                });
            }
            if (result != PaymentStatus.PROCESSING) {
                settled++;
            }
        }
        return settled;
    }

    /**
     * A refund: the payer asks (staff decide later); staff permitted for payments in the ward refund at once.
     * Refunds together never exceed what was paid.
     */
    public RefundView refund(CurrentUser me, UUID paymentId, BigDecimal requested, String reason) {
        var payment = visible(me, paymentId);
        boolean staff = mayRefund(me, payment);
        if (!staff && !me.is(payment.userId())) {
            throw new Forbidden("problem.forbidden");
        }
        if (requested != null && requested.stripTrailingZeros().scale() > 2) {
            throw RuleViolated.onField("amount", "payment.amount.paisa");
        }
        var amount = requested == null ? null : money(requested);
        var refundId = transactions.execute(s -> {
            var locked = payments.lock(paymentId).orElseThrow();
            if (locked.status() != PaymentStatus.COMPLETED) {
                throw new Conflict("payment.refund.not-completed");
            }
            var room = locked.amount().subtract(refunds.committed(paymentId));
            var wanted = amount == null ? room : amount;
            if (wanted.signum() <= 0 || wanted.compareTo(room) > 0) {
                throw RuleViolated.onField("amount", "payment.refund.too-much", room.toPlainString());
            }
            return refunds.request(paymentId, me.id(), wanted, blank(reason) ? null : reason.strip(), clock.instant());
        });
        return staff ? decide(me, refundId, true, null) : refunds.find(refundId).orElseThrow();
    }

    public Slice<RefundView> refunds(CurrentUser me, String status, PageQuery page) {
        if (me.type() == UserType.CITIZEN || me.type() == UserType.SERVICE_PROVIDER) {
            return refunds.list(me.id(), null, blank(status) ? null : status, page);
        }
        return refunds.list(null, wardsOf(me, WardScopes.Action.READ), blank(status) ? null : status, page);
    }

    /** Staff approve (the gateway refunds) or reject a requested refund. */
    public RefundView decide(CurrentUser me, UUID refundId, boolean approve, String note) {
        var request = refunds.find(refundId).orElseThrow(() -> new NotFound("payment.refund.not-found"));
        var payment = payments.find(request.paymentId()).orElseThrow();
        if (!mayRefund(me, payment)) {
            throw mayRead(me, payment) ? new Forbidden("problem.forbidden") : new NotFound("payment.refund.not-found");
        }
        return transactions.execute(s -> {
            var locked = refunds.lockRequested(refundId).orElseThrow(() -> new Conflict("payment.refund.decided"));
            var now = clock.instant();
            if (!approve) {
                refunds.decide(refundId, "rejected", me.id(), null, null, note, now);
                audit.record(me, "payment.refund_rejected", "payment", payment.id(), Map.of("refund_id", refundId.toString()));
                return refunds.find(refundId).orElseThrow();
            }
            var current = payments.lock(payment.id()).orElseThrow();
            var gateway = gateways.named(current.gateway()).orElseThrow();
            PaymentGateway.RefundResult result;
            try {
                result = gateway.refund(new PaymentGateway.Reference(current.transactionId(), current.gatewayTransactionId(),
                        current.gatewayTrxId(), current.amount()), locked.amount(), locked.reason());
            } catch (GatewayUnavailable e) {
                throw new Unavailable("payment.gateway.unavailable");
            }
            if (!result.refunded()) {
                refunds.decide(refundId, "failed", me.id(), null, result.response(), result.message(), now);
                audit.record(me, "payment.refund_failed", "payment", payment.id(), Map.of("refund_id", refundId.toString()));
                return refunds.find(refundId).orElseThrow();
            }
            refunds.decide(refundId, "completed", me.id(), result.refundId(), result.response(), note, now);
            payments.addRefunded(current.id(), locked.amount(), now);
            boolean whole = current.refundedAmount().add(locked.amount()).compareTo(current.amount()) >= 0;
            if (whole) {
                payments.transition(current.id(), PaymentStatus.COMPLETED, PaymentStatus.REFUNDED, null, null, null, result.response(),
                        "refunded", me.id(), now);
            }
            audit.record(me, "payment.refunded", "payment", payment.id(), Map.of("refund_id", refundId.toString(),
                    "amount", locked.amount().toPlainString()));
            events.publishEvent(new PaymentRefunded(current.id(), current.userId(), locked.amount(), whole));
            return refunds.find(refundId).orElseThrow();
        });
    }

    /** For the receipt: a completed (or refunded) payment of the caller's. */
    public PaymentView receiptOf(CurrentUser me, UUID id) {
        var payment = visible(me, id);
        if (payment.receiptNumber() == null) {
            throw new Conflict("payment.receipt.not-completed");
        }
        return view(payment);
    }

    public Optional<PayableService> service(String code) {
        return catalogue.find(code);
    }

    /** Super admins keep the catalogue of payable services. */
    public PayableService saveService(CurrentUser me, PayableService service) {
        if (!me.isSuperAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
        var code = service.code() == null ? "" : service.code().strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z][a-z0-9_]{1,49}")) {
            throw RuleViolated.onField("code", "payment.service.code");
        }
        var rule = service.amountRule() == null ? "" : service.amountRule().strip().toLowerCase(Locale.ROOT);
        var checked = switch (rule) {
            case "fixed" -> {
                if (service.fixedAmount() == null || service.fixedAmount().signum() <= 0) {
                    throw RuleViolated.onField("fixed_amount", "payment.amount.positive");
                }
                yield new PayableService(code, text("name_bn", service.nameBn()), text("name_en", service.nameEn()), service.description(),
                        rule, money(service.fixedAmount()), null, null, service.isActive());
            }
            case "range" -> {
                if (service.minAmount() == null || service.minAmount().signum() <= 0) {
                    throw RuleViolated.onField("min_amount", "payment.amount.positive");
                }
                if (service.maxAmount() == null || service.maxAmount().compareTo(service.minAmount()) < 0) {
                    throw RuleViolated.onField("max_amount", "payment.service.range");
                }
                yield new PayableService(code, text("name_bn", service.nameBn()), text("name_en", service.nameEn()), service.description(),
                        rule, null, money(service.minAmount()), money(service.maxAmount()), service.isActive());
            }
            default -> throw RuleViolated.onField("amount_rule", "validation.choice", "fixed, range");
        };
        transactions.executeWithoutResult(s -> {
            catalogue.save(checked);
            audit.record(me, "payment.service_saved", "payable_service", null, Map.of("code", code));
        });
        return catalogue.find(code).orElseThrow();
    }

    public Gateways gateways() {
        return gateways;
    }

    private Optional<PaymentRow> locate(String gateway, Map<String, String> parameters) {
        for (var key : java.util.List.of("paymentID", "payment_ref_id", "payment_id")) {
            var value = parameters.get(key);
            if (value != null && !value.isBlank()) {
                var found = payments.byGatewayHandle(gateway, value.strip());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (var key : java.util.List.of("tran_id", "order_id", "transaction_id")) {
            var value = parameters.get(key);
            if (value != null && !value.isBlank()) {
                var found = payments.byTransactionId(value.strip()).filter(p -> gateway.equals(p.gateway()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private PaymentStarted started(PaymentRow p, boolean replayed) {
        return new PaymentStarted(p.id(), p.transactionId(), p.status().code(), p.amount(), p.paymentMethod(), p.gateway(),
                p.redirectUrl(), "bkash".equals(p.paymentMethod()) ? p.redirectUrl() : null, replayed);
    }

    private PayableService serviceFor(String code) {
        if (blank(code)) {
            throw RuleViolated.onField("service_type", "validation.NotBlank");
        }
        return catalogue.find(code.strip().toLowerCase(Locale.ROOT)).filter(PayableService::isActive)
                .orElseThrow(() -> RuleViolated.onField("service_type", "payment.service.unknown"));
    }

    /** BDT with paisa; never a float. */
    private static BigDecimal amountFor(PayableService service, BigDecimal requested) {
        if (service.amountRule().equals("fixed")) {
            if (requested != null && requested.compareTo(service.fixedAmount()) != 0) {
                throw RuleViolated.onField("amount", "payment.amount.fixed", service.fixedAmount().toPlainString());
            }
            return service.fixedAmount();
        }
        if (requested == null) {
            throw RuleViolated.onField("amount", "validation.NotBlank");
        }
        if (requested.stripTrailingZeros().scale() > 2) {
            throw RuleViolated.onField("amount", "payment.amount.paisa");
        }
        if (requested.signum() <= 0) {
            throw RuleViolated.onField("amount", "payment.amount.positive");
        }
        if (requested.compareTo(service.minAmount()) < 0 || requested.compareTo(service.maxAmount()) > 0) {
            throw RuleViolated.onField("amount", "payment.amount.range", service.minAmount().toPlainString(), service.maxAmount().toPlainString());
        }
        return money(requested);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private PaymentRow visible(CurrentUser me, UUID id) {
        return payments.find(id).filter(p -> mayRead(me, p)).orElseThrow(() -> new NotFound("payment.not-found"));
    }

    private boolean mayRead(CurrentUser me, PaymentRow p) {
        if (me.is(p.userId()) || me.isSuperAdmin()) {
            return true;
        }
        return me.type() == UserType.ADMIN && scopes.of(me, RESOURCE, WardScopes.Action.READ).includes(p.cityCorporation(), p.wardNumber());
    }

    private boolean mayRefund(CurrentUser me, PaymentRow p) {
        return me.isSuperAdmin()
                || (me.type() == UserType.ADMIN && scopes.of(me, RESOURCE, WardScopes.Action.UPDATE).includes(p.cityCorporation(), p.wardNumber()));
    }

    private WardScope wardsOf(CurrentUser me, WardScopes.Action action) {
        return me.isSuperAdmin() ? WardScope.ALL : scopes.of(me, RESOURCE, action);
    }

    private PaymentView view(PaymentRow p) {
        var service = catalogue.find(p.serviceType());
        return new PaymentView(p.id(), p.userId(), p.serviceType(), service.map(PayableService::nameBn).orElse(p.serviceType()),
                p.amount(), "BDT", p.paymentMethod(), p.gateway(), p.phoneNumber(), p.transactionId(), p.gatewayTransactionId(),
                p.gatewayTrxId(), p.status().code(), p.failureReason(), p.refundedAmount(), p.receiptNumber(), p.redirectUrl(),
                p.description(), p.cityCorporation(), p.wardNumber(), p.createdAt(), p.updatedAt(), p.completedAt());
    }

    private java.time.Duration reconcileAfter() {
        return properties.settleAfter();
    }

    private java.time.Duration expireAfter() {
        return properties.expireAfter();
    }

    private static String newTransactionId() {
        var bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "TXN" + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static String text(String field, String value) {
        if (blank(value)) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        return value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
