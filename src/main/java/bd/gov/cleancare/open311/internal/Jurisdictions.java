package bd.gov.cleancare.open311.internal;

import bd.gov.cleancare.geography.CityCorporation;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.platform.errors.NotFound;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One endpoint serves both city corporations, so jurisdiction_id picks one: its code (DSCC, DNCC)
 * or, as the spec suggests, its website's domain (dscc.gov.bd, dncc.gov.bd). Not given means all of Dhaka.
 */
@Component
public class Jurisdictions {

    private final Geography geography;

    public Jurisdictions(Geography geography) {
        this.geography = geography;
    }

    /** The corporation's code, empty when none was given; an unknown one is a 404 (GeoReport v2). */
    public Optional<String> resolve(String jurisdictionId) {
        if (jurisdictionId == null || jurisdictionId.isBlank()) {
            return Optional.empty();
        }
        var wanted = jurisdictionId.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        var code = geography.cityCorporations().stream()
                .map(CityCorporation::code)
                .filter(candidate -> wanted.equals(candidate.toLowerCase(Locale.ROOT)) || wanted.equals(domain(candidate)))
                .findFirst();
        if (code.isEmpty()) {
            throw new NotFound("open311.jurisdiction.unknown", jurisdictionId.strip());
        }
        return code;
    }

    private static String domain(String code) {
        return code.toLowerCase(Locale.ROOT) + ".gov.bd";
    }
}
