package bd.gov.cleancare.identity;

/**
 * Fields a PUT on a user may carry; null leaves a field as it is, an empty string clears an
 * optional one. Phone, user_type and the is_* flags are refused unless a super admin changes
 * them on someone else (the phone never: it is proven by OTP).
 */
public record ProfileChanges(String name, String email, String nid, String address, String wardNumber,
        String cityCorporation, String phone, String userType, Boolean isActive, Boolean isVerified, Boolean isStaff,
        String language) {
}
