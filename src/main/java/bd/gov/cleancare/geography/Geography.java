package bd.gov.cleancare.geography;

import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Dhaka's city corporations, zones and wards: reference data seeded by migration, read once
 * and kept in memory (131 wards) so every ward check is free.
 */
@Service
public class Geography {

    private final JdbcClient jdbc;
    private final String defaultCityCorporation;
    private volatile Snapshot snapshot;

    public Geography(JdbcClient jdbc, @Value("${cleancare.default-city-corporation:DSCC}") String defaultCityCorporation) {
        this.jdbc = jdbc;
        this.defaultCityCorporation = defaultCityCorporation;
    }

    /**
     * Like {@link #requireWard}, but a ward number sent alone is read in the default corporation
     * (the seed's clients send only ward_number).
     */
    public WardRef requireWardOrDefault(String cityCorporation, String wardNumber) {
        boolean numberOnly = (cityCorporation == null || cityCorporation.isBlank()) && wardNumber != null && !wardNumber.isBlank();
        return requireWard(numberOnly ? defaultCityCorporation : cityCorporation, wardNumber);
    }

    public List<CityCorporation> cityCorporations() {
        return data().corporations();
    }

    public List<Zone> zones(String cityCorporation) {
        var code = requireCorporation(cityCorporation);
        return data().zones().stream().filter(zone -> zone.cityCorporation().equals(code)).toList();
    }

    public List<Ward> wards(String cityCorporation, Integer zoneNumber) {
        var code = requireCorporation(cityCorporation);
        return data().wards().values().stream()
                .filter(ward -> ward.cityCorporation().equals(code))
                .filter(ward -> zoneNumber == null || ward.zoneNumber() == zoneNumber)
                .sorted(java.util.Comparator.comparingInt(ward -> Integer.parseInt(ward.wardNumber())))
                .toList();
    }

    public java.util.Optional<Ward> ward(String cityCorporation, String wardNumber) {
        return java.util.Optional.ofNullable(data().wards().get(key(WardRef.corporationCode(cityCorporation), WardRef.wardNumber(wardNumber))));
    }

    /**
     * Validates a ward given by a client; both parts or neither. Field errors name
     * {@code city_corporation} or {@code ward_number}, as the request does.
     */
    public WardRef requireWard(String cityCorporation, String wardNumber) {
        var code = WardRef.corporationCode(cityCorporation);
        var number = WardRef.wardNumber(wardNumber);
        if (code == null && number == null) {
            return null;
        }
        if (code == null) {
            throw RuleViolated.onField("city_corporation", "geo.city-corporation.required");
        }
        if (data().corporations().stream().noneMatch(corporation -> corporation.code().equals(code))) {
            throw RuleViolated.onField("city_corporation", "geo.city-corporation.unknown", code);
        }
        if (number == null) {
            throw RuleViolated.onField("ward_number", "geo.ward.required");
        }
        if (!data().wards().containsKey(key(code, number))) {
            throw RuleViolated.onField("ward_number", "geo.ward.unknown", number, code);
        }
        return new WardRef(code, number);
    }

    private String requireCorporation(String cityCorporation) {
        var code = WardRef.corporationCode(cityCorporation);
        if (data().corporations().stream().noneMatch(corporation -> corporation.code().equals(code))) {
            throw new NotFound("geo.city-corporation.not-found");
        }
        return code;
    }

    private Snapshot data() {
        var current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        var corporations = jdbc.sql("SELECT code, name_bn, name_en FROM city_corporations ORDER BY code DESC")
                .query((rs, n) -> new CityCorporation(rs.getString("code"), rs.getString("name_bn"), rs.getString("name_en")))
                .list();
        var zones = jdbc.sql("SELECT city_corporation, zone_number, name_bn, name_en FROM zones ORDER BY city_corporation DESC, zone_number")
                .query((rs, n) -> new Zone(rs.getString("city_corporation"), rs.getInt("zone_number"), rs.getString("name_bn"), rs.getString("name_en")))
                .list();
        var wards = jdbc.sql("SELECT city_corporation, ward_number, zone_number, name_bn, name_en FROM wards")
                .query((rs, n) -> new Ward(rs.getString("city_corporation"), rs.getString("ward_number"), rs.getInt("zone_number"),
                        rs.getString("name_bn"), rs.getString("name_en")))
                .list().stream()
                .collect(Collectors.toUnmodifiableMap(ward -> key(ward.cityCorporation(), ward.wardNumber()), Function.identity()));
        return new Snapshot(corporations, zones, wards);
    }

    private static String key(String code, String number) {
        return code + "/" + number;
    }

    private record Snapshot(List<CityCorporation> corporations, List<Zone> zones, Map<String, Ward> wards) {
    }
}
