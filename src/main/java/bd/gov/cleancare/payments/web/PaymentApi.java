package bd.gov.cleancare.payments.web;

import bd.gov.cleancare.payments.PayableService;
import bd.gov.cleancare.payments.PaymentReceipts;
import bd.gov.cleancare.payments.PaymentRequest;
import bd.gov.cleancare.payments.PaymentStarted;
import bd.gov.cleancare.payments.PaymentView;
import bd.gov.cleancare.payments.Payments;
import bd.gov.cleancare.payments.RefundView;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The seed's /payments routes plus refunds, receipts and the service catalogue. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "payments", description = "City fees through bKash, Nagad, SSLCommerz (or the sandbox)")
@SecurityRequirement(name = "bearer")
class PaymentApi {

    private final Payments payments;
    private final PaymentReceipts receipts;

    PaymentApi(Payments payments, PaymentReceipts receipts) {
        this.payments = payments;
        this.receipts = receipts;
    }

    record ProcessForm(@Size(max = 50) String serviceType, BigDecimal amount, @Size(max = 20) String paymentMethod,
            @Size(max = 40) String phoneNumber, @Size(max = 1000) String description) {
    }

    record VerifyForm(@JsonAlias("id") UUID paymentId, @Size(max = 100) String transactionId) {
    }

    record RefundForm(@JsonAlias("id") UUID paymentId, BigDecimal amount, @Size(max = 2000) String reason) {
    }

    record DecisionForm(@Size(max = 2000) String note) {
    }

    record Listing<T>(int count, List<T> results) {
    }

    @GetMapping
    @Operation(summary = "Payments I may see: my own; staff: their wards'; super admin: all")
    Page<PaymentView> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String status,
            @RequestParam(name = "service_type", required = false) String serviceType,
            @RequestParam(name = "payment_method", required = false) String method,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, payments.list(me, status, serviceType, method, query));
    }

    @PostMapping("/process")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a payment; open redirect_url. Idempotency-Key makes retries return the same payment")
    PaymentStarted process(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody ProcessForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return payments.process(me, new PaymentRequest(form.serviceType(), form.amount(), form.paymentMethod(), form.phoneNumber(),
                form.description()), idempotencyKey);
    }

    @GetMapping("/history")
    @Operation(summary = "My own payments, newest first")
    Page<PaymentView> history(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, payments.history(me, query));
    }

    @PostMapping("/verify")
    @Operation(summary = "Ask the gateway now and apply its answer")
    PaymentView verify(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody VerifyForm form) {
        return payments.verify(me, form.paymentId(), form.transactionId());
    }

    @PostMapping("/refund")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for a refund (the payer), or refund at once (staff with the payments permission)")
    RefundView refund(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody RefundForm form) {
        if (form.paymentId() == null) {
            throw bd.gov.cleancare.platform.errors.RuleViolated.onField("payment_id", "validation.NotBlank");
        }
        return payments.refund(me, form.paymentId(), form.amount(), form.reason());
    }

    @GetMapping("/refunds")
    @Operation(summary = "Refund requests: my own; staff: their wards'")
    Page<RefundView> refunds(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, payments.refunds(me, status, query));
    }

    @PostMapping("/refunds/{id}/approve")
    @Operation(summary = "Approve a refund: the gateway refunds it")
    RefundView approve(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestBody(required = false) DecisionForm form) {
        return payments.decide(me, id, true, form == null ? null : form.note());
    }

    @PostMapping("/refunds/{id}/reject")
    @Operation(summary = "Reject a refund request")
    RefundView reject(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestBody(required = false) DecisionForm form) {
        return payments.decide(me, id, false, form == null ? null : form.note());
    }

    @GetMapping("/services")
    @Operation(summary = "The city services that can be paid for")
    Listing<PayableService> services() {
        var services = payments.services();
        return new Listing<>(services.size(), services);
    }

    @PutMapping("/services/{code}")
    @Operation(summary = "Add or change a payable service (super admin)")
    PayableService saveService(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @RequestBody PayableService service) {
        return payments.saveService(me, new PayableService(code, service.nameBn(), service.nameEn(), service.description(),
                service.amountRule(), service.fixedAmount(), service.minAmount(), service.maxAmount(), service.isActive()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A payment")
    PaymentView get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return payments.get(me, id);
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "A payment's transitions")
    Listing<?> events(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        var events = payments.events(me, id);
        return new Listing<>(events.size(), events);
    }

    @GetMapping("/{id}/receipt")
    @Operation(summary = "The payment's receipt as a Bengali PDF")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        var pdf = receipts.pdf(me, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("receipt-" + id + ".pdf").build().toString())
                .body(pdf);
    }
}
