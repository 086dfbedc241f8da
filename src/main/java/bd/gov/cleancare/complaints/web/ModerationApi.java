package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.Moderation;
import bd.gov.cleancare.platform.security.CurrentUser;
import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/complaints/{id}/moderation/** : what the public sees of a complaint, for its ward's staff. */
@RestController
@RequestMapping("/api/v1/complaints/{id}/moderation")
@Tag(name = "moderation", description = "Hide, edit the public text, redact photos, review held complaints (ward staff)")
@SecurityRequirement(name = "bearer")
class ModerationApi {

    private final Moderation moderation;

    ModerationApi(Moderation moderation) {
        this.moderation = moderation;
    }

    record VisibilityForm(@JsonAlias("public") Boolean isPublic, @Size(max = 5000) String reason) {
    }

    record TextForm(@Size(max = 1000) String title, @Size(max = 20000) String description, Boolean hideName,
            @Size(max = 5000) String reason) {
    }

    record RedactionForm(Integer x, Integer y, Integer width, Integer height, @Size(max = 5000) String reason) {
    }

    record ReasonForm(@Size(max = 5000) String reason) {
    }

    @GetMapping
    @Operation(summary = "Moderation state and history (newest first)")
    Moderation.View view(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return moderation.view(me, id);
    }

    @PostMapping("/visibility")
    @Operation(summary = "Hide the complaint from the public (tracking, Open311, nearby) or show it again; a reason is required")
    Moderation.View visibility(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody VisibilityForm form) {
        return moderation.setVisibility(me, id, form.isPublic(), form.reason());
    }

    @PostMapping("/updates/{updateId}/visibility")
    @Operation(summary = "Hide one update from everybody but staff, or show it again")
    Moderation.View updateVisibility(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID updateId,
            @Valid @RequestBody VisibilityForm form) {
        return moderation.setUpdateVisibility(me, id, updateId, form.isPublic(), form.reason());
    }

    @PostMapping("/text")
    @Operation(summary = "The title and description the public reads (blank: the citizen's own; hide_name: true hides the name too); the citizen's text is kept")
    Moderation.View text(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody TextForm form) {
        return moderation.editPublicText(me, id, form.title(), form.description(), form.hideName(), form.reason());
    }

    @PostMapping("/images/{imageId}/redaction")
    @Operation(summary = "Blur a rectangle (pixels of the public copy) of a photo; the unblurred copy is kept for staff")
    Moderation.View redact(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID imageId,
            @Valid @RequestBody RedactionForm form) {
        return moderation.redact(me, id, imageId, new Moderation.Rectangle(form.x(), form.y(), form.width(), form.height()),
                form.reason());
    }

    @GetMapping("/images/{imageId}/original")
    @Operation(summary = "A redacted photo's unblurred copy (ward staff only; never cached)")
    ResponseEntity<byte[]> original(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID imageId) {
        var original = moderation.original(me, id, imageId);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate())
                .contentType(MediaType.parseMediaType(original.mediaType())).body(original.content());
    }

    @PostMapping("/release")
    @Operation(summary = "Release a held complaint: it becomes public")
    Moderation.View release(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ReasonForm form) {
        return moderation.release(me, id, form.reason());
    }

    @PostMapping("/reject")
    @Operation(summary = "Reject a held complaint: it is cancelled and stays hidden")
    Moderation.View reject(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ReasonForm form) {
        return moderation.reject(me, id, form.reason());
    }
}
