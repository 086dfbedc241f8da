package bd.gov.cleancare.alerts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A new subscription as a client sends it: a ward (city_corporation + ward_number) or a point with a
 * radius, the categories' English codes (none: all), which events, and whether a daily SMS digest is wanted.
 */
public record AlertForm(String cityCorporation, String wardNumber, BigDecimal latitude, BigDecimal longitude,
        Integer radiusMeters, List<String> categories, Boolean newComplaints, Boolean statusChanges, Boolean smsDigest) {
}
