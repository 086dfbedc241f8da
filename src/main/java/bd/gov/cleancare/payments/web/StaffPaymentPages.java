package bd.gov.cleancare.payments.web;

import bd.gov.cleancare.payments.Payments;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.DateRange;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Payments in the staff console: the list the API gives the member (their wards'; a super admin's
 * whole city), filtered by status and Dhaka dates, and the refund requests they approve or reject
 * through {@link Payments#decide}, which checks the ward permission and writes the audit trail.
 */
@PageController
class StaffPaymentPages {

    private static final int LIST_SIZE = 20;

    private final Payments payments;
    private final Forms forms;

    StaffPaymentPages(Payments payments, Forms forms) {
        this.payments = payments;
        this.forms = forms;
    }

    /** The list's GET filters, as typed. */
    record PaymentFilters(String status, String from, String to) {

        public String link(int page) {
            return UriComponentsBuilder.fromPath("/staff/payments").queryParamIfPresent("status", present(status))
                    .queryParamIfPresent("from", present(from)).queryParamIfPresent("to", present(to)).queryParam("page", page)
                    .encode().build().toUriString();
        }

        private static Optional<String> present(String value) {
            return Optional.ofNullable(value).filter(v -> !v.isBlank());
        }
    }

    record DecisionForm(String note) {
    }

    @GetMapping("/staff/payments")
    String list(@AuthenticationPrincipal CurrentUser me, PaymentFilters filters, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("statuses", Payments.STATUSES);
        model.addAttribute("services", payments.services().stream()
                .collect(java.util.stream.Collectors.toMap(bd.gov.cleancare.payments.PayableService::code, s -> s)));
        model.addAttribute("form", filters);
        return forms.submit(model, filters, "payments/staff/list", () -> {
            var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
            model.addAttribute("payments", payments.list(me, filters.status(), null, null, DateRange.parse(filters.from(), filters.to()), query));
            model.addAttribute("page", query.page());
            model.addAttribute("size", query.pageSize());
            return "payments/staff/list";
        });
    }

    /** Refund requests of the member's wards, those waiting for a decision first by default. */
    @GetMapping("/staff/payments/refunds")
    String refunds(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, Model model) {
        var shown = status == null ? "requested" : status.strip();
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("status", shown);
        model.addAttribute("refundStatuses", java.util.List.of("requested", "completed", "rejected", "failed"));
        model.addAttribute("refunds", payments.refunds(me, shown.isEmpty() ? null : shown, query));
        model.addAttribute("pagerBase", UriComponentsBuilder.fromPath("/staff/payments/refunds").queryParam("status", shown)
                .encode().build().toUriString());
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "payments/staff/refunds";
    }

    @PostMapping("/staff/payments/refunds/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, DecisionForm form, RedirectAttributes next) {
        var refund = payments.decide(me, id, true, form.note());
        next.addFlashAttribute("decided", refund.status());
        return "redirect:/staff/payments/refunds";
    }

    @PostMapping("/staff/payments/refunds/{id}/reject")
    String reject(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, DecisionForm form, RedirectAttributes next) {
        var refund = payments.decide(me, id, false, form.note());
        next.addFlashAttribute("decided", refund.status());
        return "redirect:/staff/payments/refunds";
    }
}
