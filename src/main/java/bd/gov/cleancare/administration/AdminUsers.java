package bd.gov.cleancare.administration;

import bd.gov.cleancare.administration.internal.ActivityLogRepository;
import bd.gov.cleancare.administration.internal.PermissionRepository;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.identity.Authentication;
import bd.gov.cleancare.identity.NewStaff;
import bd.gov.cleancare.identity.ProfileChanges;
import bd.gov.cleancare.identity.UserQuery;
import bd.gov.cleancare.identity.UserView;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff management (seed §2.3 admin-users, §7.2), super admins only: accounts with their ward
 * permissions, deactivation instead of deletion, and the activity log.
 */
@Service
public class AdminUsers {

    /** The kinds of resource a permission can be about; "all" grants every kind. */
    public static final Set<String> RESOURCE_TYPES = Set.of("all", "complaints", "users", "payments", "donations", "notices",
            "emergencies", "chat", "waste", "gallery", "calendar", "dashboard", "reports");

    private final Users users;
    private final Authentication authentication;
    private final PermissionRepository permissions;
    private final ActivityLogRepository activity;
    private final Geography geography;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    AdminUsers(Users users, Authentication authentication, PermissionRepository permissions, ActivityLogRepository activity,
            Geography geography, AuditTrail audit, TransactionTemplate transactions, MessageSource messages) {
        this.users = users;
        this.authentication = authentication;
        this.permissions = permissions;
        this.activity = activity;
        this.geography = geography;
        this.audit = audit;
        this.transactions = transactions;
        this.messages = messages;
    }

    /** For a page that shows an empty form: staff management is for super admins before anything is typed. */
    public void requireManager(CurrentUser me) {
        requireSuperAdmin(me);
    }

    public Slice<AdminView> list(CurrentUser me, String userType, String wardNumber, String cityCorporation, String isActive,
            String search, PageQuery page) {
        requireSuperAdmin(me);
        var type = userType == null || userType.isBlank() ? "staff" : userType;
        var slice = users.list(me, new UserQuery(wardNumber, cityCorporation, type, null, isActive, search, null), page);
        var ids = slice.items().stream().map(UserView::id).toList();
        var granted = permissions.of(ids);
        return new Slice<>(slice.count(), slice.items().stream().map(u -> view(u, granted.getOrDefault(u.id(), List.of()))).toList());
    }

    /** Creates the account with default permissions for its wards, then invites by SMS unless a password was given. */
    public Created create(CurrentUser me, NewAdmin form, Locale locale) {
        requireSuperAdmin(me);
        var wards = form.wardNumbers() == null ? List.<String>of() : form.wardNumbers();
        var corporation = form.cityCorporation() == null || form.cityCorporation().isBlank() ? null : form.cityCorporation();
        var defaults = wards.isEmpty() ? null : validated(new Permission(null, "complaints", "complaints", wards, corporation,
                false, true, true, false));
        var created = transactions.execute(status -> {
            var user = users.createStaff(me, new NewStaff(form.phone(), form.name(), form.email(), form.userType(),
                    defaults == null ? null : defaults.cityCorporation(), defaults == null ? null : defaults.wardNumbers().getFirst(),
                    form.password()));
            if (defaults != null) {
                permissions.add(user.id(), defaults);
                audit.record(me, "admin.permissions_changed", "user", user.id(), Map.of("permissions", List.of(describe(defaults))));
            }
            return user;
        });
        boolean invited = form.password() == null || form.password().isEmpty()
                ? authentication.invite(created.phone(), locale) : false;
        return new Created(messages.getMessage("admin.created", null, "created", locale), get(me, created.id()), invited);
    }

    public AdminView get(CurrentUser me, UUID id) {
        requireSuperAdmin(me);
        var user = users.find(id).filter(u -> !"citizen".equals(u.userType())).orElseThrow(() -> new NotFound("admin.not-found"));
        return view(user, permissions.of(id));
    }

    /** Name, email, role and activity; the last super admin stays one (identity enforces it). */
    public AdminView update(CurrentUser me, UUID id, ProfileChanges changes) {
        get(me, id);
        users.update(me, id, changes);
        return get(me, id);
    }

    /** Deactivates: the history (complaints handled, activity log) stays. */
    public void deactivate(CurrentUser me, UUID id) {
        get(me, id);
        users.delete(me, id);
    }

    /** Replaces all of the admin's permissions at once; the policy reads them on the admin's next request. */
    public AdminView replacePermissions(CurrentUser me, UUID id, List<Permission> requested) {
        get(me, id);
        var checked = new ArrayList<Permission>();
        for (var permission : requested) {
            checked.add(validated(permission));
        }
        transactions.executeWithoutResult(status -> {
            permissions.replace(id, checked);
            audit.record(me, "admin.permissions_changed", "user", id,
                    Map.of("permissions", checked.stream().map(AdminUsers::describe).toList()));
        });
        return get(me, id);
    }

    public Slice<ActivityEntry> activityOf(CurrentUser me, UUID adminId, PageQuery page) {
        requireSuperAdmin(me);
        users.find(adminId).orElseThrow(() -> new NotFound("activity.not-found"));
        return activity.list(new ActivityLogRepository.Filter(adminId, null, null, null, null, null), page);
    }

    public Slice<ActivityEntry> activity(CurrentUser me, String userId, String action, String resourceType, String resourceId,
            Instant from, Instant to, PageQuery page) {
        requireSuperAdmin(me);
        return activity.list(new ActivityLogRepository.Filter(uuid("user_id", userId), blankToNull(action), blankToNull(resourceType),
                uuid("resource_id", resourceId), from, to), page);
    }

    private Permission validated(Permission p) {
        var type = p.permissionType() == null ? "" : p.permissionType().strip().toLowerCase(Locale.ROOT);
        if (!RESOURCE_TYPES.contains(type)) {
            throw RuleViolated.onField("permission_type", "admin.permission.type.invalid", String.join(", ", RESOURCE_TYPES.stream().sorted().toList()));
        }
        var resource = p.resourceType() == null || p.resourceType().isBlank() ? type : p.resourceType().strip().toLowerCase(Locale.ROOT);
        if (!RESOURCE_TYPES.contains(resource)) {
            throw RuleViolated.onField("resource_type", "admin.permission.type.invalid", String.join(", ", RESOURCE_TYPES.stream().sorted().toList()));
        }
        if (p.wardNumbers() == null || p.wardNumbers().isEmpty()) {
            throw RuleViolated.onField("ward_numbers", "admin.permission.wards.required");
        }
        var wards = new ArrayList<String>();
        String corporation = null;
        for (var ward : p.wardNumbers()) {
            var ref = geography.requireWardOrDefault(p.cityCorporation(), ward);
            wards.add(ref.wardNumber());
            corporation = ref.cityCorporation();
        }
        return new Permission(null, type, resource, List.copyOf(new java.util.LinkedHashSet<>(wards)), corporation,
                p.canCreate(), p.canRead(), p.canUpdate(), p.canDelete());
    }

    private static Map<String, Object> describe(Permission p) {
        var map = new LinkedHashMap<String, Object>();
        map.put("permission_type", p.permissionType());
        map.put("city_corporation", p.cityCorporation());
        map.put("ward_numbers", p.wardNumbers());
        map.put("can", (p.canCreate() ? "c" : "") + (p.canRead() ? "r" : "") + (p.canUpdate() ? "u" : "") + (p.canDelete() ? "d" : ""));
        return map;
    }

    private static AdminView view(UserView u, List<Permission> granted) {
        return new AdminView(u.id(), u.phone(), u.name(), u.email(), u.userType(), u.wardNumber(), u.cityCorporation(),
                u.isActive(), u.isVerified(), u.lastLogin(), u.createdAt(), granted);
    }

    private static void requireSuperAdmin(CurrentUser me) {
        if (!me.isSuperAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UUID uuid(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolated.onField(field, "problem.field.wrong-type");
        }
    }
}
