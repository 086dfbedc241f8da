package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.ResponseTemplate;
import bd.gov.cleancare.complaints.ResponseTemplateForm;
import bd.gov.cleancare.complaints.ResponseTemplates;
import bd.gov.cleancare.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Super admins keep the response templates staff choose when they change a complaint's status. */
@RestController
@RequestMapping("/api/v1/admin/response-templates")
@Tag(name = "response-templates", description = "Response templates per category and status, in Bengali and English (super admin)")
@SecurityRequirement(name = "bearer")
class ResponseTemplateApi {

    private final ResponseTemplates templates;

    ResponseTemplateApi(ResponseTemplates templates) {
        this.templates = templates;
    }

    record TemplateForm(@Size(max = 50) String category, @Size(max = 30) String status, @Size(max = 1000) String title,
            @Size(max = 20000) String textBn, @Size(max = 20000) String textEn, Boolean isActive) {

        ResponseTemplateForm form() {
            return new ResponseTemplateForm(category, status, title, textBn, textEn, isActive);
        }
    }

    record Listing(int count, List<ResponseTemplate> results) {
    }

    @GetMapping
    @Operation(summary = "All response templates")
    Listing list(@AuthenticationPrincipal CurrentUser me) {
        var all = templates.all(me);
        return new Listing(all.size(), all);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A template for a status, in one category or any (empty category)")
    ResponseTemplate add(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody TemplateForm form) {
        return templates.add(me, form.form());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One template")
    ResponseTemplate get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return templates.get(me, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a template (updates written from it keep their text); fields not sent stay")
    ResponseTemplate change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody TemplateForm form) {
        return templates.change(me, id, form.form());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Same as PUT: only the fields sent change")
    ResponseTemplate patch(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody TemplateForm form) {
        return templates.change(me, id, form.form());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a template")
    void remove(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        templates.remove(me, id);
    }
}
