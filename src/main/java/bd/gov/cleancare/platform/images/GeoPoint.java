package bd.gov.cleancare.platform.images;

/** Latitude/longitude in decimal degrees (WGS84). */
public record GeoPoint(double latitude, double longitude) {
}
