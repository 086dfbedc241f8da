package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.ComplaintDeadlines;
import bd.gov.cleancare.complaints.DeadlineRule;
import bd.gov.cleancare.complaints.DeadlineRuleForm;
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

/** Super admins keep the complaint deadline rules: working hours to respond and to resolve, per category (and priority). */
@RestController
@RequestMapping("/api/v1/admin/deadlines")
@Tag(name = "deadlines", description = "Complaint deadline rules (super admin)")
@SecurityRequirement(name = "bearer")
class DeadlineRuleApi {

    private final ComplaintDeadlines deadlines;

    DeadlineRuleApi(ComplaintDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    record RuleForm(@Size(max = 50) String category, @Size(max = 30) String priority, Integer responseHours, Integer resolutionHours) {

        DeadlineRuleForm form() {
            return new DeadlineRuleForm(category, priority, responseHours, resolutionHours);
        }
    }

    record Listing(int count, List<DeadlineRule> results) {
    }

    @GetMapping
    @Operation(summary = "All deadline rules")
    Listing list(@AuthenticationPrincipal CurrentUser me) {
        var rules = deadlines.rules(me);
        return new Listing(rules.size(), rules);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A rule for a category, or for a category at one priority")
    DeadlineRule add(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody RuleForm form) {
        return deadlines.addRule(me, form.form());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rule")
    DeadlineRule get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return deadlines.rule(me, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a rule's hours (complaints filed before keep theirs)")
    DeadlineRule change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody RuleForm form) {
        return deadlines.changeRule(me, id, form.form());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Same as PUT: only the hours sent change")
    DeadlineRule patch(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody RuleForm form) {
        return deadlines.changeRule(me, id, form.form());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a rule: the category's rule or the default applies")
    void remove(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        deadlines.removeRule(me, id);
    }
}
