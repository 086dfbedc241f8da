package bd.gov.cleancare.privacy.web;

import bd.gov.cleancare.privacy.DataExport;
import bd.gov.cleancare.privacy.PersonalData;
import bd.gov.cleancare.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** My data: download it, or delete my account. Always the caller's own: there is no id to name someone else. */
@RestController
@RequestMapping("/api/v1/auth/me")
@Tag(name = "auth", description = "Sign-up, sign-in and the signed-in user's account")
@SecurityRequirement(name = "bearer")
class PrivacyApi {

    private final PersonalData data;

    PrivacyApi(PersonalData data) {
        this.data = data;
    }

    record DeleteRequest(@Size(max = 200) String password) {
    }

    @GetMapping("/export")
    @Operation(summary = "Download my data (JSON): profile, complaints, updates, payments, donations, chat, notifications")
    ResponseEntity<DataExport> export(@AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cleancare-my-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(data.export(me));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my account (password confirms): personal data erased, complaints kept anonymised, signed out everywhere")
    void delete(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody(required = false) DeleteRequest request) {
        data.deleteAccount(me, request == null ? null : request.password());
    }
}
