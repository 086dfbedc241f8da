package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.security.WardScopes.Action;
import org.springframework.stereotype.Component;

/**
 * Who may see and handle which complaint: the citizen their own; an admin those in the wards
 * their permissions grant (per action); a service provider those assigned to them; a super admin all.
 * A complaint the caller may not see answers 404, so its existence is not revealed.
 */
@Component
public class ComplaintAccess {

    public static final String RESOURCE = "complaints";

    private final WardScopes scopes;

    public ComplaintAccess(WardScopes scopes) {
        this.scopes = scopes;
    }

    public Visibility listVisibility(CurrentUser me) {
        return switch (me.type()) {
            case CITIZEN -> Visibility.ownedBy(me.id());
            case SERVICE_PROVIDER -> Visibility.assignedTo(me.id());
            case ADMIN -> Visibility.inWards(scopes.of(me, RESOURCE, Action.READ));
            case SUPER_ADMIN -> Visibility.inWards(WardScope.ALL);
        };
    }

    public ComplaintRow visible(CurrentUser me, ComplaintRow complaint) {
        if (isOwner(me, complaint) || isAssignee(me, complaint) || staffMay(me, complaint, Action.READ)) {
            return complaint;
        }
        throw new NotFound("complaint.not-found");
    }

    /** Who may say "not fixed": the complaint's citizen, or a citizen who supports it while the public sees it. */
    public boolean mayReopen(CurrentUser me, ComplaintRow complaint, boolean supporter) {
        return me.type() == UserType.CITIZEN && (isOwner(me, complaint) || supporter && complaint.isPublic());
    }

    public boolean isOwner(CurrentUser me, ComplaintRow complaint) {
        return me.is(complaint.userId());
    }

    public boolean isAssignee(CurrentUser me, ComplaintRow complaint) {
        return me.type() == UserType.SERVICE_PROVIDER && complaint.assignedTo() != null && me.is(complaint.assignedTo());
    }

    /** A ward permission (admin) or the whole city (super admin); a service provider's rights come from assignment. */
    public boolean staffMay(CurrentUser me, ComplaintRow complaint, Action action) {
        return switch (me.type()) {
            case SUPER_ADMIN -> true;
            case ADMIN -> scopes.of(me, RESOURCE, action).includes(complaint.cityCorporation(), complaint.wardNumber());
            default -> false;
        };
    }

    /** Whether staff may file a complaint in this ward for a caller: an admin's create permission there, or a super admin. */
    public boolean mayFileIn(CurrentUser me, String cityCorporation, String wardNumber) {
        return switch (me.type()) {
            case SUPER_ADMIN -> true;
            case ADMIN -> scopes.of(me, RESOURCE, Action.CREATE).includes(cityCorporation, wardNumber);
            default -> false;
        };
    }

    /** Whether a staff member (by id and type) may be given complaints of this ward. */
    public boolean assignable(java.util.UUID userId, UserType type, ComplaintRow complaint) {
        if (type != UserType.ADMIN && type != UserType.SERVICE_PROVIDER) {
            return false;
        }
        return scopes.of(new CurrentUser(userId, null, type, null, null), RESOURCE, Action.UPDATE)
                .includes(complaint.cityCorporation(), complaint.wardNumber());
    }

    /** The active staff of the complaint's ward (super admins included), to be narrowed by {@link #assignable}. */
    public java.util.List<java.util.UUID> wardStaff(ComplaintRow complaint) {
        return scopes.staffOf(complaint.cityCorporation(), complaint.wardNumber(), RESOURCE);
    }
}
