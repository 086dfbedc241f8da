package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.Moderation;
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

/** The held list (super admins): users whose new complaints wait for review before the public sees them. */
@RestController
@RequestMapping("/api/v1/admin/held-users")
@Tag(name = "moderation", description = "Hide, edit the public text, redact photos, review held complaints (ward staff)")
@SecurityRequirement(name = "bearer")
class HeldUserApi {

    private final Moderation moderation;

    HeldUserApi(Moderation moderation) {
        this.moderation = moderation;
    }

    record HoldForm(UUID userId, @Size(max = 5000) String reason) {
    }

    @GetMapping
    @Operation(summary = "Held users, latest first, with how many complaints of theirs wait")
    Page<Moderation.HeldUser> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, moderation.heldUsers(me, query));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hold a user's new complaints for review (a reason is required)")
    Moderation.HeldUser hold(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody HoldForm form) {
        return moderation.hold(me, form.userId(), form.reason());
    }

    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a user off the list (reason as ?reason=); complaints still held stay for review")
    void unhold(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID userId, @RequestParam(required = false) String reason) {
        moderation.unhold(me, userId, reason);
    }
}
