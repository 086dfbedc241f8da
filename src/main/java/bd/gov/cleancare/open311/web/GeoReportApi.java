package bd.gov.cleancare.open311.web;

import bd.gov.cleancare.open311.NewServiceRequest;
import bd.gov.cleancare.open311.RequestQuery;
import bd.gov.cleancare.open311.ServiceRequests;
import bd.gov.cleancare.open311.ServiceTypes;
import bd.gov.cleancare.open311.internal.PublicUrls;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.security.PublicRoutes;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) at /open311/v2, in .xml and .json, for the
 * civic apps that already speak it. Public: reading needs nothing, filing needs a partner's api_key.
 */
@RestController
class GeoReportApi {

    static final String BASE = "/open311/v2";
    /** When the services or their definitions last changed (discovery's changeset). */
    static final String CHANGESET = "2026-11-27 00:00";
    static final String WARD_PARAMETER = "attribute[ward_number]";

    private final ServiceTypes services;
    private final ServiceRequests requests;
    private final Bodies bodies;
    private final PublicUrls urls;
    private final MessageSource messages;

    GeoReportApi(ServiceTypes services, ServiceRequests requests, Bodies bodies, PublicUrls urls, MessageSource messages) {
        this.services = services;
        this.requests = requests;
        this.bodies = bodies;
        this.urls = urls;
        this.messages = messages;
    }

    @GetMapping(BASE + "/discovery.{format}")
    ResponseEntity<byte[]> discovery(@PathVariable String format, Locale locale) {
        var endpoint = new Documents.Endpoint(urls.endpoint(), CHANGESET, "production",
                List.of(Format.XML.mimeType(), Format.JSON.mimeType()));
        return bodies.ok(format(format), Documents.discovery(CHANGESET,
                messages.getMessage("open311.discovery.contact", null, locale),
                messages.getMessage("open311.discovery.key-service", null, locale), List.of(endpoint)));
    }

    @GetMapping(BASE + "/services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        var as = format(format);
        return bodies.ok(as, Documents.services(services.list(jurisdictionId)));
    }

    @GetMapping(BASE + "/services/{serviceCode}.{format}")
    ResponseEntity<byte[]> definition(@PathVariable String serviceCode, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        var as = format(format);
        return bodies.ok(as, Documents.definition(services.definition(jurisdictionId, serviceCode)));
    }

    @GetMapping(BASE + "/requests.{format}")
    ResponseEntity<byte[]> requests(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
            @RequestParam(name = "service_request_id", required = false) String serviceRequestIds,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String statuses) {
        var as = format(format);
        return bodies.ok(as, Documents.requests(requests.find(
                new RequestQuery(jurisdictionId, serviceRequestIds, serviceCodes, startDate, endDate, statuses))));
    }

    @GetMapping(BASE + "/requests/{serviceRequestId}.{format}")
    ResponseEntity<byte[]> request(@PathVariable String serviceRequestId, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        var as = format(format);
        return bodies.ok(as, Documents.requests(List.of(requests.get(jurisdictionId, serviceRequestId))));
    }

    /**
     * Form-encoded as the spec says, multipart accepted too. first_name, last_name, phone, email,
     * device_id and account_id are accepted and dropped: nothing here may be published, and an
     * unverified phone must not file in a citizen's name.
     */
    @PostMapping(BASE + "/requests.{format}")
    ResponseEntity<byte[]> file(@PathVariable String format, @RequestParam MultiValueMap<String, String> form, Locale locale) {
        var as = format(format);
        var filed = requests.file(new NewServiceRequest(form.getFirst("api_key"), form.getFirst("jurisdiction_id"),
                form.getFirst("service_code"), form.getFirst("lat"), form.getFirst("long"), form.getFirst("address_string"),
                form.getFirst("address_id"), form.getFirst("description"), form.getFirst(WARD_PARAMETER),
                form.getFirst("media_url"), attributes(form)), locale);
        return bodies.ok(as, Documents.filed(filed));
    }

    /** attribute[code]=value pairs other than the ward: answers to the category's questions. */
    private static java.util.Map<String, String> attributes(MultiValueMap<String, String> form) {
        var answers = new java.util.LinkedHashMap<String, String>();
        form.forEach((name, values) -> {
            if (name.startsWith("attribute[") && name.endsWith("]") && !name.equals(WARD_PARAMETER) && !values.isEmpty()) {
                answers.put(name.substring("attribute[".length(), name.length() - 1), values.getFirst());
            }
        });
        return answers;
    }

    /** Anything else under /open311 answers in the spec's error format rather than as a problem document. */
    @RequestMapping("/open311/**")
    ResponseEntity<byte[]> unknown() {
        throw new NotFound("open311.not-found");
    }

    private static Format format(String extension) {
        return Format.of(extension).orElseThrow(() -> new NotFound("open311.not-found"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes open311() {
            return new PublicRoutes("/open311/**");
        }
    }
}
