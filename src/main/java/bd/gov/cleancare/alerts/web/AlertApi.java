package bd.gov.cleancare.alerts.web;

import bd.gov.cleancare.alerts.AlertForm;
import bd.gov.cleancare.alerts.AlertView;
import bd.gov.cleancare.alerts.Alerts;
import bd.gov.cleancare.alerts.UnsubscribeOffer;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.PublicRoutes;
import bd.gov.cleancare.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "alerts", description = "Alerts on new complaints and status changes in a ward or near a place")
class AlertApi {

    private final Alerts alerts;

    AlertApi(Alerts alerts) {
        this.alerts = alerts;
    }

    record SubscribeForm(@Size(max = 10) String cityCorporation, @Size(max = 10) String wardNumber, BigDecimal latitude,
            BigDecimal longitude, Integer radiusMeters, @Size(max = 10) List<@Size(max = 50) String> categories, Boolean newComplaints,
            Boolean statusChanges, Boolean smsDigest) {

        AlertForm form() {
            return new AlertForm(cityCorporation, wardNumber, latitude, longitude, radiusMeters, categories, newComplaints, statusChanges,
                    smsDigest);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Subscribe: a ward (city_corporation, ward_number) or a point with radius_meters (100–5000); categories "
            + "(English codes, none for all); new_complaints and/or status_changes; sms_digest for one SMS a day at most")
    AlertView subscribe(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody SubscribeForm form) {
        return alerts.subscribe(me, form.form());
    }

    @GetMapping
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "My subscriptions, newest first, each with its one-tap unsubscribe link")
    Page<AlertView> mine(@AuthenticationPrincipal CurrentUser me) {
        return Page.all(alerts.mine(me));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete one of my subscriptions (someone else's is a 404)")
    void delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        alerts.delete(me, id);
    }

    @GetMapping("/stop/{complaintId}/{kind}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "My subscriptions behind an alert about this complaint (kind new or status): what its stop link stops")
    Page<AlertView> behind(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID complaintId, @PathVariable String kind) {
        return Page.all(alerts.behind(me, complaintId, kind));
    }

    @PostMapping("/stop/{complaintId}/{kind}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One tap from an alert (in the app or by push): stop my subscriptions that sent it; returns those stopped")
    Page<AlertView> stop(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID complaintId, @PathVariable String kind) {
        return Page.all(alerts.stop(me, complaintId, kind));
    }

    @GetMapping("/unsubscribe/{token}")
    @Operation(summary = "What an unsubscribe link would stop (no login: the signed link is the credential)")
    UnsubscribeOffer offer(@PathVariable String token) {
        return alerts.offer(token);
    }

    @PostMapping("/unsubscribe/{token}")
    @Operation(summary = "Unsubscribe with the link's token, once, without login")
    Map<String, String> unsubscribe(@PathVariable String token) {
        alerts.unsubscribe(token);
        return Map.of("status", "unsubscribed");
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes alertUnsubscribeLinks() {
            return new PublicRoutes("/api/v1/alerts/unsubscribe/*");
        }
    }
}
