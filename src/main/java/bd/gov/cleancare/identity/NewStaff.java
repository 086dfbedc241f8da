package bd.gov.cleancare.identity;

/**
 * A staff account a super admin creates: verified at once (the corporation vouches for the number).
 * Without a password the person is invited by SMS to set one with a reset code.
 */
public record NewStaff(String phone, String name, String email, String userType, String cityCorporation, String wardNumber,
        String password) {
}
