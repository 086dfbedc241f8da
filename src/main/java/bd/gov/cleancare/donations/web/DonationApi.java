package bd.gov.cleancare.donations.web;

import bd.gov.cleancare.donations.DonationProject;
import bd.gov.cleancare.donations.DonationView;
import bd.gov.cleancare.donations.Donations;
import bd.gov.cleancare.donations.ProjectForm;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.PublicRoutes;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

@RestController
@RequestMapping("/api/v1/donations")
@Tag(name = "donations", description = "Donations to city projects")
@SecurityRequirement(name = "bearer")
class DonationApi {

    private final Donations donations;

    DonationApi(Donations donations) {
        this.donations = donations;
    }

    record DonateForm(UUID projectId, BigDecimal amount, @Size(max = 20) String paymentMethod, @Size(max = 40) String phoneNumber,
            @Size(max = 2000) String message, Boolean isAnonymous) {
    }

    record Listing<T>(int count, List<T> results) {
    }

    @GetMapping("/projects")
    @Operation(summary = "Projects open for donations (public)")
    Listing<DonationProject> projects() {
        var projects = donations.projects();
        return new Listing<>(projects.size(), projects);
    }

    @GetMapping("/projects/{id}")
    DonationProject project(@PathVariable UUID id) {
        return donations.project(id);
    }

    @PostMapping("/projects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a project (super admin or admins with the donations permission)")
    DonationProject create(@AuthenticationPrincipal CurrentUser me, @RequestBody ProjectForm form) {
        return donations.saveProject(me, null, form);
    }

    @PutMapping("/projects/{id}")
    DonationProject update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestBody ProjectForm form) {
        return donations.saveProject(me, id, form);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Donate: opens the gateway like a payment; counted when the gateway confirms")
    DonationView donate(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody DonateForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return donations.donate(me, form.projectId(), form.amount(), form.paymentMethod(), form.phoneNumber(), form.message(),
                Boolean.TRUE.equals(form.isAnonymous()), idempotencyKey);
    }

    @GetMapping
    @Operation(summary = "My donations")
    Page<DonationView> mine(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, donations.mine(me, query));
    }

    @GetMapping("/{id}")
    DonationView get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return donations.get(me, id);
    }

    @GetMapping("/{id}/receipt")
    @Operation(summary = "The donation's receipt as a Bengali PDF")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=donation-" + id + ".pdf").body(donations.receipt(me, id));
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes donationProjects() {
            return new PublicRoutes("GET /api/v1/donations/projects", "GET /api/v1/donations/projects/*");
        }
    }
}
