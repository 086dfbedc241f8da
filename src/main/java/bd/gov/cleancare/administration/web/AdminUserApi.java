package bd.gov.cleancare.administration.web;

import bd.gov.cleancare.administration.ActivityEntry;
import bd.gov.cleancare.administration.AdminUsers;
import bd.gov.cleancare.administration.AdminView;
import bd.gov.cleancare.administration.Created;
import bd.gov.cleancare.administration.NewAdmin;
import bd.gov.cleancare.administration.Permission;
import bd.gov.cleancare.identity.ProfileChanges;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The seed's /admin-users routes (super admin only). */
@RestController
@RequestMapping("/api/v1/admin-users")
@Tag(name = "admin-users", description = "City staff and their ward permissions (super admin)")
@SecurityRequirement(name = "bearer")
class AdminUserApi {

    private final AdminUsers admins;

    AdminUserApi(AdminUsers admins) {
        this.admins = admins;
    }

    record AdminForm(@Size(max = 40) String phone, @Size(max = 100) String name, @Size(max = 255) String email,
            @Size(max = 20) String userType, @Size(max = 10) String cityCorporation,
            @JsonAlias("wards") List<@Size(max = 10) String> wardNumbers, @Size(max = 200) String password) {
    }

    record AdminChanges(@Size(max = 100) String name, @Size(max = 255) String email, @Size(max = 20) String userType,
            Boolean isActive, @Size(max = 10) String wardNumber, @Size(max = 10) String cityCorporation) {
    }

    record PermissionForm(@Size(max = 50) String permissionType, @Size(max = 50) String resourceType,
            List<@Size(max = 10) String> wardNumbers, @Size(max = 10) String cityCorporation,
            Boolean canCreate, Boolean canRead, Boolean canUpdate, Boolean canDelete) {

        /** As the seed's table defaults: read unless said otherwise, nothing else unless granted. */
        Permission permission() {
            return new Permission(null, permissionType, resourceType, wardNumbers, cityCorporation, Boolean.TRUE.equals(canCreate),
                    canRead == null || canRead, Boolean.TRUE.equals(canUpdate), Boolean.TRUE.equals(canDelete));
        }
    }

    record PermissionsForm(@NotNull List<@Valid PermissionForm> permissions) {
    }

    @GetMapping
    @Operation(summary = "Staff accounts with their permissions")
    Page<AdminView> list(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(name = "user_type", required = false) String userType,
            @RequestParam(name = "ward_number", required = false) String wardNumber,
            @RequestParam(name = "city_corporation", required = false) String cityCorporation,
            @RequestParam(name = "is_active", required = false) String isActive,
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, admins.list(me, userType, wardNumber, cityCorporation, isActive, search, query));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a staff account with default permissions for its wards; invited by SMS without a password")
    Created create(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody AdminForm form, Locale locale) {
        return admins.create(me, new NewAdmin(form.phone(), form.name(), form.email(), form.userType(), form.cityCorporation(),
                form.wardNumbers(), form.password()), locale);
    }

    @GetMapping("/{id}")
    AdminView get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return admins.get(me, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a staff account (name, email, role, active)")
    AdminView update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody AdminChanges form) {
        return admins.update(me, id, new ProfileChanges(form.name(), form.email(), null, null, form.wardNumber(), form.cityCorporation(),
                null, form.userType(), form.isActive(), null, null, null));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deactivate a staff account (history kept; not the last super admin)")
    void delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        admins.deactivate(me, id);
    }

    @PutMapping("/{id}/permissions")
    @Operation(summary = "Replace the staff member's permissions")
    AdminView permissions(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody PermissionsForm form) {
        return admins.replacePermissions(me, id, form.permissions().stream().map(PermissionForm::permission).toList());
    }

    @GetMapping("/{id}/activity-log")
    @Operation(summary = "What this staff member changed, newest first")
    Page<ActivityEntry> activity(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, admins.activityOf(me, id, query));
    }
}
