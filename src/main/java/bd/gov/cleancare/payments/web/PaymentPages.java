package bd.gov.cleancare.payments.web;

import bd.gov.cleancare.payments.PayableService;
import bd.gov.cleancare.payments.PaymentReceipts;
import bd.gov.cleancare.payments.PaymentRequest;
import bd.gov.cleancare.payments.Payments;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.TypedAmount;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * City fees on the web: my payments, paying one through its gateway, and the payment's printable
 * receipt. The same {@link Payments} use cases as the API; a payment that is not mine (nor my
 * wards', for staff) is not found, as the service decides.
 */
@PageController
class PaymentPages {

    private static final int LIST_SIZE = 20;

    private final Payments payments;
    private final PaymentReceipts receipts;
    private final Forms forms;

    PaymentPages(Payments payments, PaymentReceipts receipts, Forms forms) {
        this.payments = payments;
        this.receipts = receipts;
        this.forms = forms;
    }

    /**
     * What the payment form posts. {@code key} is the form's Idempotency-Key, drawn when the form is
     * shown: a double tap or a resent form returns the same payment instead of charging twice.
     */
    record PayForm(String serviceType, String amount, String paymentMethod, String phoneNumber, String key) {

        static PayForm fresh(String serviceType) {
            return new PayForm(serviceType, null, null, null, UUID.randomUUID().toString());
        }

        PayForm withNewKey() {
            return new PayForm(serviceType, amount, paymentMethod, phoneNumber, UUID.randomUUID().toString());
        }
    }

    record RefundForm(String amount, String reason) {
    }

    @GetMapping("/payments")
    String mine(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("payments", payments.history(me, query));
        model.addAttribute("services", servicesByCode());
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "payments/mine";
    }

    @GetMapping("/payments/new")
    String form(@RequestParam(name = "service", required = false) String service, Model model) {
        model.addAttribute("form", PayForm.fresh(service));
        return payForm(model);
    }

    /**
     * Starts the payment and shows its page, which links on to the gateway: a form's answer may not
     * redirect to another origin under the pages' CSP (form-action 'self'), a link may.
     */
    @PostMapping("/payments/new")
    String pay(@AuthenticationPrincipal CurrentUser me, PayForm form, Model model) {
        payForm(model);
        return forms.submit(model, form.withNewKey(), "payments/new", () -> {
            var started = payments.process(me, new PaymentRequest(form.serviceType(), TypedAmount.parse("amount", form.amount()), form.paymentMethod(),
                    form.phoneNumber(), null, true), form.key());
            return "redirect:/payments/" + started.paymentId();
        });
    }

    @GetMapping("/payments/{id}")
    String receipt(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        var payment = payments.get(me, id);
        model.addAttribute("payment", payment);
        model.addAttribute("service", payments.service(payment.serviceType()).orElse(null));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RefundForm(null, null));
        }
        return "payments/receipt";
    }

    /** Asks the gateway now, for a payment left open (a closed tab, a lost return). */
    @PostMapping("/payments/{id}/verify")
    String verify(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        payments.verify(me, id, null);
        return "redirect:/payments/" + id;
    }

    /** The payer asks for a refund; staff of the ward decide it in the console. */
    @PostMapping("/payments/{id}/refund")
    String refund(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RefundForm form, Model model, RedirectAttributes next) {
        var view = receipt(me, id, model);
        return forms.submit(model, form, view, () -> {
            payments.refund(me, id, TypedAmount.parse("amount", form.amount()), form.reason());
            next.addFlashAttribute("refundRequested", true);
            return "redirect:/payments/" + id;
        });
    }

    @GetMapping("/payments/{id}/receipt.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("receipt-" + id + ".pdf").build().toString())
                .body(receipts.pdf(me, id));
    }

    private String payForm(Model model) {
        // donations have their own pages, which also count them into their project
        List<PayableService> fees = payments.services().stream().filter(s -> !"donation".equals(s.code())).toList();
        model.addAttribute("services", fees);
        model.addAttribute("methods", payments.methods());
        return "payments/new";
    }

    private java.util.Map<String, PayableService> servicesByCode() {
        return payments.services().stream().collect(java.util.stream.Collectors.toMap(PayableService::code, s -> s));
    }
}
