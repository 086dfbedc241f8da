package bd.gov.cleancare.complaints.web;

import bd.gov.cleancare.complaints.AssistedComplaint;
import bd.gov.cleancare.complaints.ComplaintChanges;
import bd.gov.cleancare.complaints.ComplaintDetail;
import bd.gov.cleancare.complaints.ComplaintQuery;
import bd.gov.cleancare.complaints.ComplaintSummary;
import bd.gov.cleancare.complaints.ComplaintUpdateView;
import bd.gov.cleancare.complaints.ComplaintView;
import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.Duplicates;
import bd.gov.cleancare.complaints.NearbyComplaint;
import bd.gov.cleancare.complaints.NewComplaint;
import bd.gov.cleancare.complaints.TrackedComplaint;
import bd.gov.cleancare.complaints.Upload;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.PublicRoutes;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Uploads;
import com.fasterxml.jackson.annotation.JsonAlias;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The seed's /complaints routes plus tracking, rating and the nearby hint. */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "complaints", description = "File, follow and resolve complaints")
@SecurityRequirement(name = "bearer")
class ComplaintApi {

    private final Complaints complaints;
    private final Duplicates duplicates;

    ComplaintApi(Complaints complaints, Duplicates duplicates) {
        this.complaints = complaints;
        this.duplicates = duplicates;
    }

    record ComplaintForm(
            @Size(max = 1000) String title,
            @Size(max = 20000) String description,
            @Size(max = 50) String category,
            @Size(max = 30) String priority,
            @Size(max = 1000) String location,
            BigDecimal latitude,
            BigDecimal longitude,
            @Size(max = 10) String wardNumber,
            @Size(max = 10) String cityCorporation,
            @Size(max = 30) @JsonAlias("new_status") String status,
            UUID assignedTo,
            @Size(max = 10000) String comment,
            @JsonAlias("is_anonymous") Boolean hideName,
            UUID templateId,
            @Size(max = 50) java.util.Map<String, Object> answers) {
    }

    record DuplicateForm(UUID originalId, @Size(max = 10000) String comment) {
    }

    record AssistedForm(
            @Size(max = 40) String phone,
            @Size(max = 1000) String name,
            @Size(max = 5) String language,
            @Size(max = 1000) String title,
            @Size(max = 20000) String description,
            @Size(max = 50) String category,
            @Size(max = 30) String priority,
            @Size(max = 1000) String location,
            BigDecimal latitude,
            BigDecimal longitude,
            @Size(max = 10) String wardNumber,
            @Size(max = 10) String cityCorporation) {
    }

    record ReopenForm(@Size(max = 10000) @JsonAlias("reason") String comment) {
    }

    record UpdateForm(@Size(max = 30) @JsonAlias("status") String newStatus, UUID assignedTo, @Size(max = 10000) String comment,
            UUID templateId) {
    }

    record RatingForm(Integer rating, @Size(max = 10000) @JsonAlias("rating_comment") String comment) {
    }

    record Listing<T>(int count, List<T> results) {
    }

    @GetMapping
    @Operation(summary = "Complaints I may see: my own, my wards', my assignments or all")
    Page<ComplaintSummary> list(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String priority,
            @RequestParam(name = "ward_number", required = false) String wardNumber,
            @RequestParam(name = "city_corporation", required = false) String cityCorporation,
            @RequestParam(name = "assigned_to", required = false) String assignedTo,
            @RequestParam(name = "created_from", required = false) String createdFrom,
            @RequestParam(name = "created_to", required = false) String createdTo,
            @RequestParam(name = "created_at_after", required = false) String createdAfter,
            @RequestParam(name = "created_at_before", required = false) String createdBefore,
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String ordering,
            @RequestParam(required = false) String held,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        var slice = complaints.list(me, new ComplaintQuery(status, category, priority, wardNumber, cityCorporation, assignedTo,
                createdFrom != null ? createdFrom : createdAfter, createdTo != null ? createdTo : createdBefore, search, ordering, held), query);
        return Page.of(query, slice);
    }

    @PostMapping
    @Operation(summary = "File a complaint (with answers to the category's questions by code); the tracking number comes back and by SMS."
            + " A retry with the same Idempotency-Key answers 200 with the first complaint (header Idempotent-Replayed: true)")
    ResponseEntity<ComplaintDetail> file(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody ComplaintForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        var filed = complaints.file(me, new NewComplaint(form.title(), form.description(), form.category(), form.priority(),
                form.location(), form.latitude(), form.longitude(), form.wardNumber(), form.cityCorporation(), form.answers()),
                idempotencyKey);
        return filed.replayed()
                ? ResponseEntity.ok().header("Idempotent-Replayed", "true").body(filed.complaint())
                : ResponseEntity.status(HttpStatus.CREATED).body(filed.complaint());
    }

    @PostMapping("/assisted")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hotline: staff file for a caller by phone number (admins in their wards, super admins); the caller gets the tracking number by SMS")
    ComplaintDetail fileAssisted(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody AssistedForm form) {
        return complaints.fileAssisted(me, new AssistedComplaint(form.phone(), form.name(), form.language(),
                new NewComplaint(form.title(), form.description(), form.category(), form.priority(), form.location(),
                        form.latitude(), form.longitude(), form.wardNumber(), form.cityCorporation())));
    }

    @GetMapping("/nearby")
    @Operation(summary = "Open complaints near a point (already reported?)")
    Listing<NearbyComplaint> nearby(@RequestParam(required = false) String lat, @RequestParam(required = false) String lng,
            @RequestParam(name = "radius_m", required = false) String radius, @RequestParam(required = false) String category) {
        var found = complaints.nearby(lat, lng, radius, category);
        return new Listing<>(found.size(), found);
    }

    @GetMapping("/track/{trackingNumber}")
    @SecurityRequirement(name = "")
    @Operation(summary = "Public status timeline by tracking number, without personal data")
    TrackedComplaint track(@PathVariable String trackingNumber) {
        return complaints.track(trackingNumber);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A complaint with its photos")
    ComplaintDetail get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return complaints.get(me, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit (citizen while submitted; ward staff) and/or change status, assignment, comment")
    ComplaintDetail edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ComplaintForm form) {
        return complaints.edit(me, id, changes(form));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Same as PUT: only the fields sent change")
    ComplaintDetail patch(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ComplaintForm form) {
        return complaints.edit(me, id, changes(form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete (citizen while submitted; staff with the delete permission)")
    void delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        complaints.delete(me, id);
    }

    @PostMapping(path = "/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add photos (up to 5 per complaint, 10 MB each, JPEG/PNG/WebP)")
    Listing<ComplaintDetail.Image> addImages(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
            MultipartHttpServletRequest request) {
        var uploads = Uploads.all(request).stream().map(file -> new Upload(file.name(), file.content())).toList();
        var images = complaints.addImages(me, id, uploads);
        return new Listing<>(images.size(), images);
    }

    @GetMapping("/{id}/updates")
    @Operation(summary = "The complaint's history: status changes, assignments, comments")
    Page<ComplaintUpdateView> updates(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        var slice = complaints.updates(me, id, query);
        return Page.of(query, slice);
    }

    @PostMapping("/{id}/updates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Change status, assign, or comment")
    ComplaintDetail addUpdate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody UpdateForm form) {
        return complaints.addUpdate(me, id, form.newStatus(), form.assignedTo(), form.comment(), form.templateId());
    }

    @PostMapping("/{id}/duplicate-of")
    @Operation(summary = "Staff: close this complaint as a duplicate of another in the same ward; its citizen and supporters follow the original")
    ComplaintDetail markDuplicate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody DuplicateForm form) {
        return duplicates.mark(me, id, form.originalId(), form.comment());
    }

    @PostMapping("/{id}/rating")
    @Operation(summary = "Rate a resolved complaint, 1 to 5, once")
    ComplaintDetail rate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody RatingForm form) {
        return complaints.rate(me, id, form.rating(), form.comment());
    }

    @PostMapping("/{id}/support")
    @Operation(summary = "Me too: support someone else's open public complaint (verified citizens; once) and follow its progress")
    Complaints.Support support(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return complaints.support(me, id);
    }

    @DeleteMapping("/{id}/support")
    @Operation(summary = "Take my support back")
    Complaints.Support withdrawSupport(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return complaints.withdrawSupport(me, id);
    }

    @PostMapping(path = "/{id}/reopen", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "\"Not fixed\": the citizen or a supporter re-opens a resolved complaint within the window (default 14 days);"
            + " the citizen gets the complaint, a supporter its public timeline")
    ComplaintView reopen(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ReopenForm form) {
        return complaints.reopen(me, id, form.comment(), null);
    }

    @PostMapping(path = "/{id}/reopen", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "\"Not fixed\" with a photo (multipart: comment, and one image part)")
    ComplaintView reopenWithPhoto(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, MultipartHttpServletRequest request) {
        var files = Uploads.all(request);
        if (files.size() > 1) {
            throw bd.gov.cleancare.platform.errors.RuleViolated.onField("image", "complaint.reopen.one-photo");
        }
        var photo = files.isEmpty() ? null : new Upload(files.getFirst().name(), files.getFirst().content());
        return complaints.reopen(me, id, request.getParameter("comment"), photo);
    }

    private static ComplaintChanges changes(ComplaintForm form) {
        return new ComplaintChanges(form.title(), form.description(), form.category(), form.priority(), form.location(),
                form.latitude(), form.longitude(), form.wardNumber(), form.cityCorporation(), form.status(),
                form.assignedTo(), form.comment(), form.hideName(), form.templateId());
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes complaintTracking() {
            return new PublicRoutes("/api/v1/complaints/track/*");
        }
    }
}
