package bd.gov.cleancare.geography.web;

import bd.gov.cleancare.geography.CityCorporation;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.Ward;
import bd.gov.cleancare.geography.Zone;
import bd.gov.cleancare.platform.security.PublicRoutes;
import bd.gov.cleancare.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public pickers for sign-up and filters: corporations, their zones and wards. */
@RestController
@RequestMapping("/api/v1/geo")
@Tag(name = "geography", description = "City corporations, zones and wards of Dhaka")
class GeographyApi {

    private final Geography geography;

    GeographyApi(Geography geography) {
        this.geography = geography;
    }

    @GetMapping("/city-corporations")
    @Operation(summary = "Dhaka's city corporations (DSCC, DNCC)")
    Page<CityCorporation> cityCorporations() {
        return Page.all(geography.cityCorporations());
    }

    @GetMapping("/city-corporations/{code}/zones")
    @Operation(summary = "Zones of a city corporation")
    Page<Zone> zones(@PathVariable String code) {
        return Page.all(geography.zones(code));
    }

    @GetMapping("/city-corporations/{code}/wards")
    @Operation(summary = "Wards of a city corporation, optionally of one zone")
    Page<Ward> wards(@PathVariable String code, @RequestParam(name = "zone", required = false) Integer zone) {
        return Page.all(geography.wards(code, zone));
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes geographyRoutes() {
            return new PublicRoutes("/api/v1/geo/**");
        }
    }
}
