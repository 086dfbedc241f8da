package bd.gov.cleancare.open311;

/**
 * A POSTed service request. The reporter's name, phone, email, device and account ids are not
 * here: the city does not keep what it may not publish and has not verified. {@code attributes}: the
 * service definition's attributes other than the ward (attribute[code]=value), the category's questions.
 */
public record NewServiceRequest(String apiKey, String jurisdictionId, String serviceCode, String lat, String lon,
        String addressString, String addressId, String description, String wardNumber, String mediaUrl,
        java.util.Map<String, String> attributes) {

    public NewServiceRequest(String apiKey, String jurisdictionId, String serviceCode, String lat, String lon,
            String addressString, String addressId, String description, String wardNumber, String mediaUrl) {
        this(apiKey, jurisdictionId, serviceCode, lat, lon, addressString, addressId, description, wardNumber, mediaUrl,
                java.util.Map.of());
    }
}
