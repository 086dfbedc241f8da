package bd.gov.cleancare.emergency.web;

import bd.gov.cleancare.emergency.Emergencies;
import bd.gov.cleancare.emergency.EmergencyType;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.text.Digits;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Emergency help in two taps: open the page, press the kind of emergency. The place may be typed or
 * come from the phone's GPS (locate.js); without either, the request names the citizen's ward.
 */
@PageController
class EmergencyPages {

    private final Emergencies emergencies;
    private final MessageSource messages;
    private final Forms forms;

    EmergencyPages(Emergencies emergencies, MessageSource messages, Forms forms) {
        this.emergencies = emergencies;
        this.messages = messages;
        this.forms = forms;
    }

    /** What the form posts: the pressed button's type, an optional place, and the GPS position when the phone gave one. */
    record EmergencyForm(String emergencyType, String location, String latitude, String longitude) {
    }

    @ModelAttribute("types")
    List<String> types() {
        return Arrays.stream(EmergencyType.values()).map(EmergencyType::code).toList();
    }

    @GetMapping("/emergency")
    String form(Model model) {
        model.addAttribute("form", new EmergencyForm(null, null, null, null));
        return "emergency/raise";
    }

    @PostMapping("/emergency")
    String raise(@AuthenticationPrincipal CurrentUser me, @RequestParam(name = "emergency_type", required = false) String emergencyType,
            @RequestParam(required = false) String location, @RequestParam(required = false) String latitude,
            @RequestParam(required = false) String longitude, Model model, Locale locale, RedirectAttributes next) {
        var form = new EmergencyForm(emergencyType, location, latitude, longitude);
        return forms.submit(model, form, "emergency/raise", () -> {
            var lat = decimal("latitude", form.latitude());
            var lng = decimal("longitude", form.longitude());
            // two taps: the button names the emergency and, when nothing was typed, the page words it
            var type = form.emergencyType() == null || form.emergencyType().isBlank() ? null
                    : messages.getMessage("emergency.type." + form.emergencyType().strip(), null, form.emergencyType(), locale);
            var place = form.location() == null || form.location().isBlank()
                    ? messages.getMessage(lat != null ? "emergency.location.gps" : "emergency.location.unknown", null, locale)
                    : form.location();
            var raised = emergencies.raise(me, form.emergencyType(), type, place, lat, lng, null, null);
            next.addFlashAttribute("raised", true);
            return "redirect:/emergency/" + raised.id();
        });
    }

    @GetMapping("/emergency/{id}")
    String status(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("emergency", emergencies.get(me, id));
        return "emergency/status";
    }

    private static BigDecimal decimal(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(Digits.toAscii(raw.strip()));
        } catch (NumberFormatException e) {
            throw RuleViolated.onField(field, "problem.field.wrong-type");
        }
    }
}
