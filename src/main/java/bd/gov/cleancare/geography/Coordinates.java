package bd.gov.cleancare.geography;

import bd.gov.cleancare.platform.errors.RuleViolated;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A map pin inside Bangladesh (its bounding box), at the schema's precision (8 decimals). */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

    static final double MIN_LATITUDE = 20.55, MAX_LATITUDE = 26.70, MIN_LONGITUDE = 88.00, MAX_LONGITUDE = 92.70;

    /** Both or neither; outside Bangladesh is a 400 naming the field. */
    public static Coordinates of(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null) {
            throw RuleViolated.onField("latitude", "geo.coordinates.pair");
        }
        if (longitude == null) {
            throw RuleViolated.onField("longitude", "geo.coordinates.pair");
        }
        if (latitude.doubleValue() < MIN_LATITUDE || latitude.doubleValue() > MAX_LATITUDE) {
            throw RuleViolated.onField("latitude", "geo.coordinates.outside");
        }
        if (longitude.doubleValue() < MIN_LONGITUDE || longitude.doubleValue() > MAX_LONGITUDE) {
            throw RuleViolated.onField("longitude", "geo.coordinates.outside");
        }
        return new Coordinates(latitude.setScale(8, RoundingMode.HALF_UP), longitude.setScale(8, RoundingMode.HALF_UP));
    }

    public static boolean inside(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE && longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
    }
}
