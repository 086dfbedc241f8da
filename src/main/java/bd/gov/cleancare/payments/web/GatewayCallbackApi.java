package bd.gov.cleancare.payments.web;

import bd.gov.cleancare.payments.PaymentReturnPage;
import bd.gov.cleancare.payments.PaymentView;
import bd.gov.cleancare.payments.Payments;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.security.PublicRoutes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Where gateways send citizens and notifications back (public): the parameters only say which
 * payment to ask about; the answer comes from the gateway. And the sandbox gateway's own page.
 */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "payments")
class GatewayCallbackApi {

    private final Payments payments;
    private final List<PaymentReturnPage> returnPages;

    GatewayCallbackApi(Payments payments, List<PaymentReturnPage> returnPages) {
        this.payments = payments;
        this.returnPages = returnPages;
    }

    record CallbackAnswer(UUID paymentId, String transactionId, String status) {
    }

    @RequestMapping(path = "/{gateway}/callback", method = {org.springframework.web.bind.annotation.RequestMethod.GET,
            org.springframework.web.bind.annotation.RequestMethod.POST})
    @Operation(summary = "Gateway callback (bKash, Nagad, SSLCommerz success/fail/cancel, sandbox)")
    CallbackAnswer callback(@PathVariable String gateway, HttpServletRequest request) {
        return answer(payments.callback(gateway, parameters(request)).orElseThrow(() -> new NotFound("payment.not-found")));
    }

    /**
     * The callback of a payment started on the web portal: the same verdict as {@link #callback}, then the
     * browser goes on to the payment's page (which asks the payer to sign in if the gateway's POST dropped the cookie).
     */
    @RequestMapping(path = "/{gateway}/web-callback", method = {org.springframework.web.bind.annotation.RequestMethod.GET,
            org.springframework.web.bind.annotation.RequestMethod.POST})
    @Operation(summary = "Gateway callback for payments started on the web pages: redirects to the payment's page")
    ResponseEntity<Void> pageReturn(@PathVariable String gateway, HttpServletRequest request) {
        var payment = payments.callback(gateway, parameters(request)).orElseThrow(() -> new NotFound("payment.not-found"));
        var page = returnPages.stream().filter(p -> p.serviceType().equals(payment.serviceType())).findFirst()
                .orElse(new PaymentReturnPage(payment.serviceType(), PaymentReturnPage.DEFAULT));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page.pathOf(payment.id()))).build();
    }

    @PostMapping("/{gateway}/ipn")
    @Operation(summary = "Instant payment notification (SSLCommerz IPN)")
    CallbackAnswer ipn(@PathVariable String gateway, HttpServletRequest request) {
        return callback(gateway, request);
    }

    @GetMapping(path = "/sandbox/{id}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The sandbox gateway's page: confirm or cancel")
    ResponseEntity<String> sandboxPage(@PathVariable UUID id) {
        var sandbox = payments.gateways().sandbox().orElseThrow(() -> new NotFound("payment.not-found"));
        var payment = sandbox.describe(id);
        if (payment == null) {
            throw new NotFound("payment.not-found");
        }
        var html = """
                <!doctype html><html lang="bn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
                <title>স্যান্ডবক্স পেমেন্ট</title></head><body style="font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem">
                <h1>স্যান্ডবক্স পেমেন্ট <small>(Sandbox payment)</small></h1>
                <p>কোনো টাকা কাটা হবে না। No money moves.</p>
                <p><b>%s</b><br>৳ %s · %s</p>
                <form method="post" action="confirm/"><button type="submit">পরিশোধ নিশ্চিত করুন (Pay)</button></form>
                <form method="post" action="cancel/"><button type="submit">বাতিল করুন (Cancel)</button></form>
                </body></html>""".formatted(HtmlUtils.htmlEscape((String) payment.get("description")),
                payment.get("amount"), HtmlUtils.htmlEscape((String) payment.get("transaction_id")));
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    @PostMapping("/sandbox/{id}/confirm")
    ResponseEntity<Void> sandboxConfirm(@PathVariable UUID id) {
        return sandboxChoice(id, true);
    }

    @PostMapping("/sandbox/{id}/cancel")
    ResponseEntity<Void> sandboxCancel(@PathVariable UUID id) {
        return sandboxChoice(id, false);
    }

    private ResponseEntity<Void> sandboxChoice(UUID id, boolean pay) {
        var sandbox = payments.gateways().sandbox().orElseThrow(() -> new NotFound("payment.not-found"));
        var back = sandbox.choose(id, pay);
        if (back == null) {
            throw new NotFound("payment.not-found");
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(back)).build();
    }

    private static CallbackAnswer answer(PaymentView payment) {
        return new CallbackAnswer(payment.id(), payment.transactionId(), payment.status());
    }

    private static Map<String, String> parameters(HttpServletRequest request) {
        var parameters = new HashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0 && name.length() <= 100) {
                parameters.put(name, values[0].length() > 500 ? values[0].substring(0, 500) : values[0]);
            }
        });
        return parameters;
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes paymentCallbacks() {
            return new PublicRoutes("/api/v1/payments/*/callback", "/api/v1/payments/*/web-callback", "/api/v1/payments/*/ipn", "/api/v1/payments/sandbox/**",
                    "GET /api/v1/payments/services");
        }
    }
}
