package bd.gov.cleancare.open311;

/** One GeoReport v2 service: a complaint category as a civic app offers it. */
public record ServiceType(String serviceCode, String serviceName, String description, boolean metadata, String type,
        String keywords, String group) {
}
