package bd.gov.cleancare.identity.web;

import bd.gov.cleancare.identity.ProfileChanges;
import bd.gov.cleancare.identity.UserQuery;
import bd.gov.cleancare.identity.UserView;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
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

/** The seed's /users routes. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "users", description = "Profiles and user management")
@SecurityRequirement(name = "bearer")
class UserApi {

    private final Users users;

    UserApi(Users users) {
        this.users = users;
    }

    record UserUpdate(
            @Size(max = 100) String name,
            @Size(max = 255) String email,
            @Size(max = 40) String nid,
            @Size(max = 500) String address,
            @Size(max = 10) String wardNumber,
            @Size(max = 10) String cityCorporation,
            String phone,
            String userType,
            Boolean isActive,
            Boolean isVerified,
            Boolean isStaff,
            @Size(max = 5) String language) {

        ProfileChanges changes() {
            return new ProfileChanges(name, email, nid, address, wardNumber, cityCorporation, phone, userType, isActive,
                    isVerified, isStaff, language);
        }
    }

    @GetMapping
    @Operation(summary = "List users (admin: their wards; super admin: all)")
    Page<UserView> list(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(name = "ward_number", required = false) String wardNumber,
            @RequestParam(name = "city_corporation", required = false) String cityCorporation,
            @RequestParam(name = "user_type", required = false) String userType,
            @RequestParam(name = "is_verified", required = false) String isVerified,
            @RequestParam(name = "is_active", required = false) String isActive,
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String ordering,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        var slice = users.list(me, new UserQuery(wardNumber, cityCorporation, userType, isVerified, isActive, search, ordering), query);
        return Page.of(query, slice);
    }

    @GetMapping("/profile")
    @Operation(summary = "My profile")
    UserView profile(@AuthenticationPrincipal CurrentUser me) {
        return users.get(me, me.id());
    }

    @PutMapping("/profile")
    @Operation(summary = "Edit my profile")
    UserView updateProfile(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody UserUpdate update) {
        return users.update(me, me.id(), update.changes());
    }

    @PatchMapping("/profile")
    @Operation(summary = "Edit my profile (partial, same rules as PUT)")
    UserView patchProfile(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody UserUpdate update) {
        return users.update(me, me.id(), update.changes());
    }

    @PostMapping(path = "/profile/avatar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload my profile picture (JPEG, PNG or WebP, at most 5 MB)")
    UserView avatar(@AuthenticationPrincipal CurrentUser me, MultipartHttpServletRequest request) {
        return users.setProfilePicture(me, Uploads.read(request, "avatar"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A user (myself, or within my wards for staff)")
    UserView get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return users.get(me, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a user")
    UserView update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody UserUpdate update) {
        return users.update(me, id, update.changes());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Edit a user (partial, same rules as PUT)")
    UserView patch(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody UserUpdate update) {
        return users.update(me, id, update.changes());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a user (super admin): deactivated and signed out, history kept")
    void delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        users.delete(me, id);
    }
}
