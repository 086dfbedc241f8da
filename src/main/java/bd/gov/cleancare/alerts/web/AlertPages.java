package bd.gov.cleancare.alerts.web;

import bd.gov.cleancare.alerts.AlertForm;
import bd.gov.cleancare.alerts.Alerts;
import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.Ward;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PublicPages;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.text.Digits;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My alerts (add, list, delete) and the one-tap unsubscribe page from a message, on the API's use
 * cases. The unsubscribe page needs no login: its signed link is the credential; the button posts with CSRF.
 */
@PageController
class AlertPages {

    /** The service's field names as the page's form calls them. */
    private static final Map<String, String> FIELDS = Map.of("city_corporation", "ward", "ward_number", "ward",
            "radius_meters", "radius", "new_complaints", "kinds", "status_changes", "kinds");

    private final Alerts alerts;
    private final Geography geography;
    private final Forms forms;

    AlertPages(Alerts alerts, Geography geography, Forms forms) {
        this.alerts = alerts;
        this.geography = geography;
        this.forms = forms;
    }

    /** {@code place}: "ward" or "point"; {@code ward}: "DSCC/12" as the ward picker sends it. */
    record SubscribeForm(String place, String ward, String latitude, String longitude, String radius, List<String> categories,
            String newComplaints, String statusChanges, String smsDigest) {

        static SubscribeForm empty() {
            return new SubscribeForm("ward", "", "", "", "500", List.of(), "on", "on", null);
        }

        public boolean has(String category) {
            return categories != null && categories.contains(category);
        }

        AlertForm alert() {
            boolean byPoint = "point".equals(place);
            String corporation = null;
            String number = null;
            if (!byPoint && ward != null && ward.contains("/")) {
                corporation = ward.substring(0, ward.indexOf('/'));
                number = ward.substring(ward.indexOf('/') + 1);
            }
            return new AlertForm(corporation, number, byPoint ? decimal("latitude", latitude) : null,
                    byPoint ? decimal("longitude", longitude) : null, byPoint ? whole("radius_meters", radius) : null,
                    categories == null ? List.of() : categories, newComplaints != null, statusChanges != null, smsDigest != null);
        }

        private static BigDecimal decimal(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(Digits.toAscii(text.strip()));
            } catch (NumberFormatException e) {
                throw RuleViolated.onField(field, "alert.number");
            }
        }

        private static Integer whole(String field, String text) {
            var value = decimal(field, text);
            return value == null ? null : value.intValue();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages alertUnsubscribePages() {
            return new PublicPages("/alerts/unsubscribe/*", "/alerts/unsubscribed");
        }
    }

    @GetMapping("/alerts")
    String mine(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("form", SubscribeForm.empty());
        return page(me, model);
    }

    @PostMapping("/alerts")
    String subscribe(@AuthenticationPrincipal CurrentUser me, SubscribeForm form, Model model, RedirectAttributes next) {
        page(me, model);
        return forms.submit(model, form, "alerts/alerts", FIELDS, () -> {
            alerts.subscribe(me, form.alert());
            next.addFlashAttribute("done", "alerts.saved");
            return "redirect:/alerts";
        });
    }

    @PostMapping("/alerts/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes next) {
        alerts.delete(me, id);
        next.addFlashAttribute("done", "alerts.deleted");
        return "redirect:/alerts";
    }

    /** The link in every in-app and push alert: which of my alerts sent it, and one tap to stop them. */
    @GetMapping("/alerts/stop/{complaintId}/{kind}")
    String behind(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID complaintId, @PathVariable String kind, Model model) {
        model.addAttribute("behind", alerts.behind(me, complaintId, kind));
        model.addAttribute("complaintId", complaintId);
        model.addAttribute("kind", kind);
        model.addAttribute("wardNames", wardNames());
        return "alerts/stop";
    }

    @PostMapping("/alerts/stop/{complaintId}/{kind}")
    String stop(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID complaintId, @PathVariable String kind,
            RedirectAttributes next) {
        alerts.stop(me, complaintId, kind);
        next.addFlashAttribute("done", "alerts.deleted");
        return "redirect:/alerts";
    }

    @GetMapping("/alerts/unsubscribe/{token}")
    String offer(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("offer", alerts.offer(token));
        return "alerts/unsubscribe";
    }

    @PostMapping("/alerts/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token) {
        alerts.unsubscribe(token);
        return "redirect:/alerts/unsubscribed";
    }

    @GetMapping("/alerts/unsubscribed")
    String unsubscribed() {
        return "alerts/unsubscribed";
    }

    private String page(CurrentUser me, Model model) {
        var corporations = geography.cityCorporations();
        var wards = new LinkedHashMap<String, List<Ward>>();
        corporations.forEach(corporation -> wards.put(corporation.code(), geography.wards(corporation.code(), null)));
        model.addAttribute("alerts", alerts.mine(me));
        model.addAttribute("corporations", corporations);
        model.addAttribute("wards", wards);
        model.addAttribute("wardNames", wardNames());
        model.addAttribute("categories", Arrays.stream(Category.values()).map(Category::code).toList());
        return "alerts/alerts";
    }

    /** Every ward by "DSCC/12", for naming a subscription's ward. */
    private Map<String, Ward> wardNames() {
        var names = new LinkedHashMap<String, Ward>();
        geography.cityCorporations().forEach(corporation -> geography.wards(corporation.code(), null)
                .forEach(ward -> names.put(ward.cityCorporation() + "/" + ward.wardNumber(), ward)));
        return names;
    }
}
