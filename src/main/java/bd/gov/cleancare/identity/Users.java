package bd.gov.cleancare.identity;

import bd.gov.cleancare.geography.WardRef;
import bd.gov.cleancare.identity.internal.NewUser;
import bd.gov.cleancare.identity.internal.Passwords;
import bd.gov.cleancare.identity.internal.ProfileRules;
import bd.gov.cleancare.identity.internal.Sessions;
import bd.gov.cleancare.identity.internal.UserFilter;
import bd.gov.cleancare.identity.internal.UserRepository;
import bd.gov.cleancare.identity.internal.UserRow;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.PayloadTooLarge;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.security.WardScopes.Action;
import bd.gov.cleancare.platform.images.ImageProcessing;
import bd.gov.cleancare.platform.images.NotAnImage;
import bd.gov.cleancare.platform.storage.FileType;
import bd.gov.cleancare.platform.storage.Storage;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User management (seed §2.3 user routes). A citizen sees and edits only themself; staff see the
 * users of the wards they are permitted in; only a super admin changes roles or removes users.
 */
@Service
public class Users {

    public static final String RESOURCE = "users";
    static final long MAX_AVATAR_BYTES = 5L * 1024 * 1024;

    private final UserRepository users;
    private final ProfileRules profiles;
    private final WardScopes scopes;
    private final Sessions sessions;
    private final Storage storage;
    private final ImageProcessing images;
    private final Passwords passwords;
    private final Clock clock;
    private final AuditTrail audit;
    private final bd.gov.cleancare.platform.storage.StoredFiles files;

    Users(UserRepository users, ProfileRules profiles, WardScopes scopes, Sessions sessions, Storage storage, ImageProcessing images,
            Passwords passwords, Clock clock, AuditTrail audit, bd.gov.cleancare.platform.storage.StoredFiles files) {
        this.files = files;
        this.images = images;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
        this.users = users;
        this.profiles = profiles;
        this.scopes = scopes;
        this.sessions = sessions;
        this.storage = storage;
    }

    /**
     * Active citizens of a corporation's wards (all its wards when none are named; both corporations
     * when it is null), a batch at a time in id order after {@code after}: whom an announcement reaches.
     */
    @Transactional(readOnly = true)
    public List<CitizenContact> citizensOf(String cityCorporation, List<String> wards, UUID after, int limit) {
        return users.citizensOf(cityCorporation, wards, after, limit);
    }

    /** Active citizens per ward ("CORPORATION/ward" → count) of a corporation's wards, as {@link #citizensOf} picks them. */
    @Transactional(readOnly = true)
    public Map<String, Long> citizenCounts(String cityCorporation, List<String> wards) {
        return users.citizenCounts(cityCorporation, wards);
    }

    /** For other modules: a user by id. */
    public Optional<UserView> find(UUID id) {
        return users.findById(id).map(UserRow::view);
    }

    /**
     * The account an Open311 partner files complaints under: a verified citizen with the partner's
     * name and a password nobody knows (the partner proves itself with its API key). A citizen who
     * already has this phone is reused; a staff or deactivated account is refused.
     */
    @Transactional
    public UUID ensurePartnerAccount(PhoneNumber phone, String name) {
        var partnerName = profiles.name(name);
        var existing = users.lockByPhone(phone.value());
        if (existing.isEmpty()) {
            return users.insert(partnerAccount(phone, partnerName));
        }
        var row = existing.get();
        if (row.userType() != UserType.CITIZEN || !row.active()) {
            throw new Conflict("user.partner.unusable");
        }
        if (!row.verified()) {
            // A sign-up never proven by OTP: whoever started it must not come to own the partner's account.
            users.replacePending(row.id(), partnerAccount(phone, partnerName));
            users.markVerified(row.id());
        }
        return row.id();
    }

    /** Whose complaint a hotline call becomes: the caller's account, and whether it was created for this call. */
    public record Caller(UUID id, boolean created) {
    }

    /**
     * The account a hotline caller's complaint is filed under: the citizen who has this phone, or a new
     * unverified citizen with a password nobody knows (the caller takes it over by signing up with an
     * OTP, which replaces a pending account). The caller's name is needed only for a new account; a
     * staff or deactivated account is refused. The caller checks the staff member may file.
     */
    @Transactional
    public Caller ensureCallerAccount(CurrentUser me, PhoneNumber phone, String name, String language, String cityCorporation,
            String wardNumber) {
        var existing = users.lockByPhone(phone.value());
        if (existing.isPresent()) {
            var row = existing.get();
            if (row.userType() != UserType.CITIZEN || !row.active() || row.erasedAt() != null) {
                throw RuleViolated.onField("phone", "user.caller.unusable");
            }
            return new Caller(row.id(), false);
        }
        var id = users.insert(new NewUser(phone.value(), profiles.name(name), null, passwords.unusable(), null, null, wardNumber,
                cityCorporation, UserType.CITIZEN, false, clock.instant(), "en".equals(language) ? "en" : "bn"));
        // no phone in the log: an erased account must leave none behind
        audit.record(me, "user.created_for_caller", "user", id, java.util.Map.of("user_type", UserType.CITIZEN.code()));
        return new Caller(id, true);
    }

    /** Creates a verified staff account (super admin only); a number already in use is refused. */
    @Transactional
    public UserView createStaff(CurrentUser me, NewStaff spec) {
        if (!me.isSuperAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
        var phone = PhoneNumber.parse("phone", spec.phone());
        var type = spec.userType() == null || spec.userType().isBlank() ? UserType.ADMIN
                : UserType.fromCode(spec.userType().strip()).filter(UserType::isStaff)
                        .orElseThrow(() -> RuleViolated.onField("user_type", "admin.type.invalid"));
        var name = profiles.name(spec.name());
        var email = profiles.email(spec.email());
        var ward = profiles.ward(spec.cityCorporation(), spec.wardNumber());
        var hash = spec.password() == null || spec.password().isEmpty() ? passwords.unusable() : passwords.hashNew("password", spec.password());
        if (users.findByPhone(phone.value()).isPresent()) {
            throw RuleViolated.onField("phone", "user.phone.taken");
        }
        var id = users.insert(new NewUser(phone.value(), name, email, hash, null, null, ward == null ? null : ward.wardNumber(),
                ward == null ? null : ward.cityCorporation(), type, true, clock.instant(), "bn"));
        audit.record(me, "admin.created", "user", id, java.util.Map.of("user_type", type.code(), "phone", phone.value()));
        return users.findById(id).orElseThrow().view();
    }

    private NewUser partnerAccount(PhoneNumber phone, String name) {
        return new NewUser(phone.value(), name, null, passwords.unusable(), null, null, null, null, UserType.CITIZEN, true,
                clock.instant(), "bn");
    }

    public Slice<UserView> list(CurrentUser me, UserQuery query, PageQuery page) {
        if (!me.type().isStaff() || me.type() == UserType.SERVICE_PROVIDER) {
            throw new Forbidden("problem.forbidden");
        }
        var scope = scopes.of(me, RESOURCE, Action.READ);
        var filter = new UserFilter(
                WardRef.wardNumber(query.wardNumber()),
                WardRef.corporationCode(query.cityCorporation()),
                userTypes(query.userType()),
                flag("is_verified", query.isVerified()),
                flag("is_active", query.isActive()),
                query.search() == null || query.search().isBlank() ? null : query.search().strip(),
                query.ordering() == null || query.ordering().isBlank() ? null : query.ordering().strip());
        return users.list(filter, scope, page).map(UserRow::view);
    }

    public UserView get(CurrentUser me, UUID id) {
        return visible(me, id).view();
    }

    @Transactional
    public UserView update(CurrentUser me, UUID id, ProfileChanges changes) {
        var target = visible(me, id);
        boolean self = me.is(id);
        boolean superAdmin = me.isSuperAdmin();
        if (!self && !superAdmin && !scopes.of(me, RESOURCE, Action.UPDATE).includes(target.cityCorporation(), target.wardNumber())) {
            throw new Forbidden("problem.forbidden");
        }
        var columns = new LinkedHashMap<String, Object>();
        profileColumns(target, changes, columns);
        if (changes.phone() != null && !Objects.equals(PhoneNumber.tryParse(changes.phone()).map(PhoneNumber::value).orElse(changes.phone()), target.phone())) {
            throw RuleViolated.onField("phone", "user.field.protected");
        }
        boolean mayChangeRole = superAdmin && !self;
        var newType = changes.userType() == null ? target.userType()
                : UserType.fromCode(changes.userType().strip()).orElseThrow(() -> RuleViolated.onField("user_type", "user.type.invalid"));
        protectedColumn(mayChangeRole, "user_type", newType.code(), target.userType().code(), columns);
        protectedColumn(mayChangeRole, "is_active", changes.isActive(), target.active(), columns);
        protectedColumn(mayChangeRole, "is_verified", changes.isVerified(), target.verified(), columns);
        protectedColumn(mayChangeRole, "is_staff", changes.isStaff(), target.staff(), columns);
        boolean losesSuperAdmin = target.userType() == UserType.SUPER_ADMIN
                && (newType != UserType.SUPER_ADMIN || Boolean.FALSE.equals(changes.isActive()));
        if (losesSuperAdmin && users.countActiveSuperAdmins() <= 1) {
            throw new Conflict("user.last-super-admin");
        }
        users.update(id, columns);
        if (!columns.isEmpty()) {
            // which fields changed, and the new values of role and flags (not of personal data)
            var details = new LinkedHashMap<String, Object>();
            details.put("fields", java.util.List.copyOf(columns.keySet()));
            for (var key : java.util.List.of("user_type", "is_active", "is_verified", "is_staff")) {
                if (columns.containsKey(key)) {
                    details.put(key, columns.get(key));
                }
            }
            audit.record(me, "user.updated", "user", id, details);
        }
        if (Boolean.FALSE.equals(changes.isActive()) && target.active()) {
            sessions.endAllOf(id, null);
        }
        return users.findById(id).orElseThrow().view();
    }

    /** Removal keeps the history (complaints, updates, logs): the account is deactivated and signed out. */
    @Transactional
    public void delete(CurrentUser me, UUID id) {
        if (!me.isSuperAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
        var target = users.findById(id).orElseThrow(() -> new NotFound("user.not-found"));
        if (me.is(id)) {
            throw new Conflict("user.delete-self");
        }
        if (target.userType() == UserType.SUPER_ADMIN && target.active() && users.countActiveSuperAdmins() <= 1) {
            throw new Conflict("user.last-super-admin");
        }
        users.deactivate(id);
        sessions.endAllOf(id, null);
        audit.record(me, "user.deactivated", "user", id, java.util.Map.of("user_type", target.userType().code()));
    }

    /**
     * A citizen deletes their own account, confirming with their password: personal data erased (see
     * {@link UserRepository#erase}), every session and token revoked, the profile photo removed after
     * commit. Returns the erased account's former phone, for the caller's own clean-up of other rows.
     * Staff accounts are removed by a super admin instead (their actions stay attributable).
     */
    @Transactional
    public String erase(CurrentUser me, String password) {
        var user = users.findById(me.id()).orElseThrow(() -> new NotFound("user.not-found"));
        if (user.userType() != UserType.CITIZEN) {
            throw new Forbidden("account.delete.staff");
        }
        if (password == null || password.isBlank() || !passwords.matches(password, user.passwordHash())) {
            throw RuleViolated.onField("password", "privacy.delete.password-wrong");
        }
        var formerPhone = user.phone();
        var ward = user.wardNumber() == null ? "" : bd.gov.cleancare.platform.text.Digits.toBengali(user.wardNumber());
        var name = ward.isEmpty() ? "একজন নাগরিক" : "ওয়ার্ড " + ward + "-এর একজন নাগরিক";
        // unique, never a real number (no leading +), and short enough for the phone column
        var placeholder = "erased-" + user.id().toString().replace("-", "").substring(0, 12);
        users.erase(me.id(), placeholder, name, passwords.unusable(), clock.instant());
        sessions.endAllOf(me.id(), null);
        if (me.tokenId() != null && me.tokenExpiresAt() != null) {
            sessions.endByAccessToken(me.tokenId(), me.tokenExpiresAt());
        }
        if (user.profilePictureUrl() != null) {
            files.deleteAfterCommit(List.of(user.profilePictureUrl()));
        }
        return formerPhone;
    }

    public UserView setProfilePicture(CurrentUser me, byte[] content) {
        if (content == null || content.length == 0) {
            throw RuleViolated.onField("avatar", "validation.NotBlank");
        }
        if (content.length > MAX_AVATAR_BYTES) {
            throw new PayloadTooLarge("avatar", "upload.too-large", 5);
        }
        if (FileType.recognise(content).filter(FileType::isImage).isEmpty()) {
            throw RuleViolated.onField("avatar", "upload.not-an-image");
        }
        // The small re-encoded copy: an avatar needs no more, and it carries no EXIF (a home's GPS).
        byte[] thumbnail;
        try {
            thumbnail = images.process(content).thumbnail();
        } catch (NotAnImage e) {
            throw RuleViolated.onField("avatar", "upload.not-an-image");
        }
        var url = storage.put("avatars", thumbnail, FileType.JPEG);
        users.setPicture(me.id(), url);
        return users.findById(me.id()).orElseThrow().view();
    }

    private UserRow visible(CurrentUser me, UUID id) {
        var target = users.findById(id).orElseThrow(() -> new NotFound("user.not-found"));
        if (me.is(id) || me.isSuperAdmin()) {
            return target;
        }
        if (me.type().isStaff() && scopes.of(me, RESOURCE, Action.READ).includes(target.cityCorporation(), target.wardNumber())) {
            return target;
        }
        throw new NotFound("user.not-found");
    }

    private void profileColumns(UserRow target, ProfileChanges changes, Map<String, Object> columns) {
        if (changes.name() != null) {
            columns.put("name", profiles.name(changes.name()));
        }
        if (changes.email() != null) {
            columns.put("email", profiles.email(changes.email()));
        }
        if (changes.nid() != null) {
            columns.put("nid", profiles.nid(changes.nid()));
        }
        if (changes.address() != null) {
            columns.put("address", profiles.address(changes.address()));
        }
        if (changes.language() != null) {
            var language = changes.language().strip().toLowerCase(java.util.Locale.ROOT);
            if (!language.equals("bn") && !language.equals("en")) {
                throw RuleViolated.onField("language", "user.language.invalid");
            }
            columns.put("language", language);
        }
        if (changes.wardNumber() != null || changes.cityCorporation() != null) {
            var ward = profiles.ward(
                    changes.cityCorporation() != null ? changes.cityCorporation() : target.cityCorporation(),
                    changes.wardNumber() != null ? changes.wardNumber() : target.wardNumber());
            columns.put("ward_number", ward == null ? null : ward.wardNumber());
            columns.put("city_corporation", ward == null ? null : ward.cityCorporation());
        }
    }

    /** Applies a protected field only for a super admin editing someone else; others may only repeat the value. */
    private static void protectedColumn(boolean allowed, String column, Object requested, Object current, Map<String, Object> columns) {
        if (requested == null || requested.equals(current)) {
            return;
        }
        if (!allowed) {
            throw RuleViolated.onField(column, "user.field.protected");
        }
        columns.put(column, requested);
        if (column.equals("user_type")) {
            columns.put("is_staff", !"citizen".equals(requested));
        }
    }

    /** One type, several separated by commas, or "staff" for every staff type. */
    private static java.util.Set<UserType> userTypes(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var types = java.util.EnumSet.noneOf(UserType.class);
        for (var part : raw.split(",")) {
            var code = part.strip();
            if (code.equals("staff")) {
                types.addAll(java.util.List.of(UserType.ADMIN, UserType.SUPER_ADMIN, UserType.SERVICE_PROVIDER));
            } else {
                types.add(UserType.fromCode(code).orElseThrow(() -> RuleViolated.onField("user_type", "user.type.invalid")));
            }
        }
        return types;
    }

    private static Boolean flag(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> throw RuleViolated.onField(field, "validation.boolean");
        };
    }
}
