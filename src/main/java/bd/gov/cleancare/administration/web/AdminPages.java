package bd.gov.cleancare.administration.web;

import bd.gov.cleancare.administration.AdminUsers;
import bd.gov.cleancare.administration.AdminView;
import bd.gov.cleancare.administration.NewAdmin;
import bd.gov.cleancare.administration.Permission;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Staff accounts in the console (super admins only, as {@link AdminUsers} decides): the list, a new
 * account, and one account's ward permissions granted and revoked one at a time. A grant or a
 * revocation replaces the whole set through the same use case as the API's PUT.
 */
@PageController
class AdminPages {

    private static final int LIST_SIZE = 20;
    private static final List<String> STAFF_TYPES = List.of("admin", "service_provider", "super_admin");
    /** The permission kinds in the order a super admin thinks of them; "all" last. */
    private static final List<String> PERMISSION_TYPES = List.of("complaints", "emergencies", "notices", "waste", "gallery",
            "calendar", "chat", "users", "payments", "donations", "dashboard", "reports", "all");
    /** The service's field names where they differ from the page's. */
    private static final Map<String, String> FIELDS = Map.of("ward_numbers", "wards", "ward_number", "wards",
            "permission_type", "permissionType", "resource_type", "permissionType");

    private final AdminUsers admins;
    private final Geography geography;
    private final Forms forms;

    AdminPages(AdminUsers admins, Geography geography, Forms forms) {
        this.admins = admins;
        this.geography = geography;
        this.forms = forms;
    }

    /** The list's GET filters, as typed. */
    record ListFilters(String type, String active, String search) {

        public String link(int page) {
            return UriComponentsBuilder.fromPath("/staff/admins")
                    .queryParamIfPresent("type", present(type)).queryParamIfPresent("active", present(active))
                    .queryParamIfPresent("search", present(search)).queryParam("page", page)
                    .encode().build().toUriString();
        }
    }

    record NewAdminForm(String name, String phone, String email, String userType, String cityCorporation, String wards,
            String password) {

        NewAdmin admin() {
            return new NewAdmin(phone, name, email, userType, cityCorporation, wardList(wards), password);
        }
    }

    /** One grant: a kind of resource in some wards of one corporation, with the actions ticked. */
    record GrantForm(String permissionType, String cityCorporation, String wards, String canCreate, String canRead,
            String canUpdate, String canDelete) {

        static GrantForm empty() {
            return new GrantForm("complaints", null, null, null, "on", null, null);
        }

        Permission permission() {
            return new Permission(null, permissionType, permissionType, wardList(wards), cityCorporation, ticked(canCreate),
                    ticked(canRead), ticked(canUpdate), ticked(canDelete));
        }
    }

    @GetMapping("/staff/admins")
    String list(@AuthenticationPrincipal CurrentUser me, ListFilters filters, @RequestParam(required = false) String page,
            Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("admins", admins.list(me, filters.type(), null, null, filters.active(), filters.search(), query));
        model.addAttribute("form", filters);
        model.addAttribute("types", STAFF_TYPES);
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "administration/admins";
    }

    @GetMapping("/staff/admins/new")
    String newAdmin(@AuthenticationPrincipal CurrentUser me, Model model) {
        admins.requireManager(me);
        model.addAttribute("form", new NewAdminForm(null, null, null, "admin", null, null, null));
        return newForm(model);
    }

    @PostMapping("/staff/admins")
    String create(@AuthenticationPrincipal CurrentUser me, NewAdminForm form, Locale locale, Model model, RedirectAttributes next) {
        admins.requireManager(me);
        return forms.submit(model, form, newForm(model), FIELDS, () -> {
            var created = admins.create(me, form.admin(), locale);
            next.addFlashAttribute("created", true);
            next.addFlashAttribute("invited", created.invitationSent());
            return "redirect:/staff/admins/" + created.user().id();
        });
    }

    @GetMapping("/staff/admins/{id}")
    String admin(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("form", GrantForm.empty());
        return show(me, id, model);
    }

    @PostMapping("/staff/admins/{id}/permissions")
    String grant(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, GrantForm form, Model model, RedirectAttributes next) {
        var view = show(me, id, model);
        var current = (AdminView) model.getAttribute("admin");
        return forms.submit(model, form, view, FIELDS, () -> {
            var all = new ArrayList<>(current.permissions());
            all.add(form.permission());
            admins.replacePermissions(me, id, all);
            next.addFlashAttribute("granted", true);
            return "redirect:/staff/admins/" + id + "#permissions";
        });
    }

    @PostMapping("/staff/admins/{id}/permissions/{permissionId}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID permissionId,
            RedirectAttributes next) {
        var current = admins.get(me, id).permissions();
        var kept = current.stream().filter(p -> !permissionId.equals(p.id())).toList();
        if (kept.size() == current.size()) {
            throw new NotFound("admin.permission.not-found");
        }
        admins.replacePermissions(me, id, kept);
        next.addFlashAttribute("revoked", true);
        return "redirect:/staff/admins/" + id + "#permissions";
    }

    private String show(CurrentUser me, UUID id, Model model) {
        model.addAttribute("admin", admins.get(me, id));
        model.addAttribute("permissionTypes", PERMISSION_TYPES);
        model.addAttribute("corporations", geography.cityCorporations());
        return "administration/admin";
    }

    private String newForm(Model model) {
        model.addAttribute("types", STAFF_TYPES);
        model.addAttribute("corporations", geography.cityCorporations());
        return "administration/admin-new";
    }

    /** "12, 13" or "১২ ১৩" as the list the service validates (ward by ward). */
    static List<String> wardList(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,،;\\s]+")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean ticked(String box) {
        return box != null && !box.isBlank();
    }

    static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
