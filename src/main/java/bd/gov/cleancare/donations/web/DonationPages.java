package bd.gov.cleancare.donations.web;

import bd.gov.cleancare.donations.Donations;
import bd.gov.cleancare.payments.PaymentReturnPage;
import bd.gov.cleancare.payments.Payments;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.TypedAmount;
import bd.gov.cleancare.platform.pages.PublicPages;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Donations on the web: the projects open for giving with their progress (public), giving to one
 * through the same gateways as fees, and the donation's receipt. Counted into a project only when
 * the gateway confirms, as {@link Donations} does for the API.
 */
@PageController
class DonationPages {

    private static final PageQuery MINE = new PageQuery(1, 10);

    private final Donations donations;
    private final Payments payments;
    private final Forms forms;

    DonationPages(Donations donations, Payments payments, Forms forms) {
        this.donations = donations;
        this.payments = payments;
        this.forms = forms;
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages publicDonationPages() {
            return new PublicPages("/donations");
        }

        /** A donor the gateway sends back lands on their donation, not on the bare payment. */
        @Bean
        PaymentReturnPage donationReturnPage() {
            return new PaymentReturnPage("donation", "/donations/paid/{payment}");
        }
    }

    /** What the donation form posts; {@code key}: the form's Idempotency-Key, drawn when it is shown. */
    record DonateForm(String amount, String paymentMethod, String phoneNumber, String message, Boolean anonymous, String key) {

        static DonateForm fresh() {
            return new DonateForm(null, null, null, null, false, UUID.randomUUID().toString());
        }

        DonateForm withNewKey() {
            return new DonateForm(amount, paymentMethod, phoneNumber, message, anonymous, UUID.randomUUID().toString());
        }
    }

    @GetMapping("/donations")
    String projects(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("projects", donations.projects());
        model.addAttribute("mine", me == null ? null : donations.mine(me, MINE));
        return "donations/projects";
    }

    @GetMapping("/donations/projects/{id}")
    String project(@PathVariable UUID id, Model model) {
        model.addAttribute("form", DonateForm.fresh());
        return donateForm(id, model);
    }

    /** Starts the donation and shows its page, which links on to the gateway (see PaymentPages#pay for why a link). */
    @PostMapping("/donations/projects/{id}")
    String donate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, DonateForm form, Model model) {
        var view = donateForm(id, model);
        return forms.submit(model, form.withNewKey(), view, () -> {
            var donation = donations.donate(me, id, TypedAmount.parse("amount", form.amount()), form.paymentMethod(), form.phoneNumber(), form.message(),
                    Boolean.TRUE.equals(form.anonymous()), form.key(), true);
            return "redirect:/donations/" + donation.id();
        });
    }

    @GetMapping("/donations/{id}")
    String donation(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("donation", donations.get(me, id));
        return "donations/receipt";
    }

    /** htmx, while the gateway's confirmation is being counted: the donation's state again. */
    @GetMapping("/donations/{id}/state")
    String state(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("donation", donations.get(me, id));
        return "donations/receipt :: state";
    }

    @GetMapping("/donations/paid/{paymentId}")
    String paid(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID paymentId) {
        return "redirect:/donations/" + donations.ofPayment(me, paymentId).id();
    }

    @GetMapping("/donations/{id}/receipt.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=donation-" + id + ".pdf").body(donations.receipt(me, id));
    }

    private String donateForm(UUID id, Model model) {
        model.addAttribute("project", donations.project(id));
        model.addAttribute("methods", payments.methods());
        model.addAttribute("donationService", payments.service("donation").orElse(null));
        return "donations/donate";
    }
}
