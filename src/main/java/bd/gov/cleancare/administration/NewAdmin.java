package bd.gov.cleancare.administration;

import java.util.List;

/**
 * A staff member as a super admin creates them; wardNumbers get the default permissions (complaints:
 * read and update), as the seed's AdminUserViewSet does. No password: an SMS invitation.
 */
public record NewAdmin(String phone, String name, String email, String userType, String cityCorporation,
        List<String> wardNumbers, String password) {
}
