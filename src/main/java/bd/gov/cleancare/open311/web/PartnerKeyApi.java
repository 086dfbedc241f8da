package bd.gov.cleancare.open311.web;

import bd.gov.cleancare.open311.IssuedKey;
import bd.gov.cleancare.open311.PartnerKey;
import bd.gov.cleancare.open311.PartnerKeys;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Super admins issue, list and revoke the API keys Open311 partners file complaints with. */
@RestController
@RequestMapping("/api/v1/open311/keys")
@Tag(name = "open311", description = "API keys for Open311 (GeoReport v2) partners")
@SecurityRequirement(name = "bearer")
class PartnerKeyApi {

    private final PartnerKeys keys;

    PartnerKeyApi(PartnerKeys keys) {
        this.keys = keys;
    }

    record KeyForm(@Size(max = 1000) String partnerName, @Size(max = 40) String phone) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a key for a partner (super admin); the key is shown only in this answer")
    IssuedKey issue(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody KeyForm form) {
        return keys.issue(me, form.partnerName(), form.phone());
    }

    @GetMapping
    @Operation(summary = "Partners' keys, newest first, by prefix only (super admin)")
    Page<PartnerKey> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        var slice = keys.list(me, query);
        return Page.of(query, slice);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a key (super admin); the partner's next request is refused")
    void revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        keys.revoke(me, id);
    }
}
