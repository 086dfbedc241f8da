package bd.gov.cleancare.identity;

/** GET /users/ filters as the client sends them (raw text, checked by the service). */
public record UserQuery(String wardNumber, String cityCorporation, String userType, String isVerified, String isActive,
        String search, String ordering) {
}
