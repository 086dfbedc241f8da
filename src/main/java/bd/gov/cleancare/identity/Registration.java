package bd.gov.cleancare.identity;

/** What a citizen gives to sign up (seed §4.2: phone, name, password, NID; plus where they live). */
public record Registration(String phone, String name, String password, String email, String nid, String address,
        String wardNumber, String cityCorporation) {
}
