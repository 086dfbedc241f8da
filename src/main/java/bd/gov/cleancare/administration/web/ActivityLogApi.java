package bd.gov.cleancare.administration.web;

import bd.gov.cleancare.administration.ActivityEntry;
import bd.gov.cleancare.administration.AdminUsers;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.DateRange;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The whole activity log, filtered (super admin). */
@RestController
@RequestMapping("/api/v1/activity-logs")
@Tag(name = "admin-users")
@SecurityRequirement(name = "bearer")
class ActivityLogApi {

    private final AdminUsers admins;

    ActivityLogApi(AdminUsers admins) {
        this.admins = admins;
    }

    @GetMapping
    @Operation(summary = "Every staff action, filtered by user, action, resource and date")
    Page<ActivityEntry> list(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(required = false) String action,
            @RequestParam(name = "resource_type", required = false) String resourceType,
            @RequestParam(name = "resource_id", required = false) String resourceId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        var range = DateRange.parse(from, to);
        return Page.of(query, admins.activity(me, userId, action, resourceType, resourceId, range.fromInstant(), range.toInstant(), query));
    }
}
