package bd.gov.cleancare.complaints;

/**
 * A complaint staff file at the hotline for a caller: the caller's phone (and name and language, for a
 * new account) and the complaint, in a ward the staff member serves.
 */
public record AssistedComplaint(String phone, String name, String language, NewComplaint complaint) {
}
