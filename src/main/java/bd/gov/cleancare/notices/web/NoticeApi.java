package bd.gov.cleancare.notices.web;

import bd.gov.cleancare.notices.NoticeCategory;
import bd.gov.cleancare.notices.NoticeForm;
import bd.gov.cleancare.notices.NoticeReadership;
import bd.gov.cleancare.notices.NoticeView;
import bd.gov.cleancare.notices.Notices;
import bd.gov.cleancare.platform.errors.RuleViolated;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The ward notice board: read by anyone, written by the ward's staff. */
@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "notices", description = "Ward notices: urgent first, scheduled, expiring, with attachments and read receipts")
@SecurityRequirement(name = "bearer")
class NoticeApi {

    private final Notices notices;

    NoticeApi(Notices notices) {
        this.notices = notices;
    }

    record Form(@Size(max = 1000) String title, @Size(max = 1000) String titleEn, @Size(max = 100_000) String content,
            @Size(max = 100_000) String contentEn, @Size(max = 100) String category, @Size(max = 30) String priority, Boolean isUrgent,
            Boolean isActive, Boolean sendSms, @Size(max = 10) String cityCorporation,
            @Size(max = 500) @JsonAlias("ward_numbers") List<@Size(max = 10) String> targetWards, Instant publishedAt,
            Instant expiresAt) {

        NoticeForm notice() {
            return new NoticeForm(title, titleEn, content, contentEn, category, priority, isUrgent, isActive, sendSms, cityCorporation,
                    targetWards, publishedAt, expiresAt);
        }
    }

    record Category(String code, String name) {
    }

    @GetMapping
    @Operation(summary = "The board: live notices of a ward (yours by default), urgent first; staff see every notice they manage")
    Page<NoticeView> list(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(name = "city_corporation", required = false) String cityCorporation,
            @RequestParam(name = "ward", required = false) String ward,
            @RequestParam(name = "ward_number", required = false) String wardNumber,
            @RequestParam(required = false) String category, @RequestParam(required = false) String state,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, notices.list(me, cityCorporation, ward != null ? ward : wardNumber, category, state, query));
    }

    @GetMapping("/categories")
    Page<Category> categories() {
        return Page.all(Arrays.stream(NoticeCategory.values()).map(c -> new Category(c.code(), c.stored())).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One notice; a citizen opening it counts as a read")
    NoticeView get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return notices.get(me, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish (or schedule, with a future published_at) a notice for your wards; urgent ones are announced")
    NoticeView publish(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody Form form) {
        return notices.publish(me, form.notice());
    }

    @PutMapping("/{id}")
    NoticeView edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Form form) {
        return notices.edit(me, id, form.notice());
    }

    @PatchMapping("/{id}")
    NoticeView patch(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Form form) {
        return notices.edit(me, id, form.notice());
    }

    @PostMapping("/{id}/expire")
    @Operation(summary = "Take a notice off the board now")
    NoticeView expire(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return notices.expire(me, id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        notices.delete(me, id);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Read receipt: mark the notice read")
    NoticeView read(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return notices.markRead(me, id);
    }

    @GetMapping("/{id}/reads")
    @Operation(summary = "How many of the targeted citizens have read it, per ward (staff)")
    NoticeReadership readership(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return notices.readership(me, id);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach an image or PDF (≤ 10 MB, at most 5)")
    NoticeView.Attachment attach(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, MultipartHttpServletRequest request) {
        var files = Uploads.all(request);
        if (files.isEmpty()) {
            throw RuleViolated.onField("file", "problem.field.required");
        }
        return notices.attach(me, id, files.getFirst().name(), files.getFirst().content());
    }

    @DeleteMapping("/{id}/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void detach(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID attachmentId) {
        notices.detach(me, id, attachmentId);
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes noticeBoard() {
            return new PublicRoutes("GET /api/v1/notices", "GET /api/v1/notices/categories", "GET /api/v1/notices/*");
        }
    }
}
