package bd.gov.cleancare.open311;

import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.Ward;
import bd.gov.cleancare.open311.internal.Jurisdictions;
import bd.gov.cleancare.open311.internal.ServiceCatalogue;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** GeoReport v2 GET services and GET service definition: the complaint categories and their one extra field. */
@Service
public class ServiceTypes {

    public static final String WARD_ATTRIBUTE = "ward_number";

    private final ServiceCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final Geography geography;

    ServiceTypes(ServiceCatalogue catalogue, Jurisdictions jurisdictions, Geography geography) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.geography = geography;
    }

    public List<ServiceType> list(String jurisdictionId) {
        jurisdictions.resolve(jurisdictionId);
        return catalogue.services();
    }

    /**
     * Every service takes the ward, optionally: without it the complaint goes to the city-wide queue.
     * A string rather than a list, because the choices depend on jurisdiction_id.
     */
    public ServiceDefinition definition(String jurisdictionId, String serviceCode) {
        jurisdictions.resolve(jurisdictionId);
        var category = catalogue.require(serviceCode);
        var ward = new ServiceDefinition.Attribute(true, WARD_ATTRIBUTE, "string", false, wardRanges(), 1,
                "সিটি কর্পোরেশনের (jurisdiction_id) ওয়ার্ড নম্বর / Ward number in the city corporation given by jurisdiction_id",
                List.of());
        return new ServiceDefinition(category.code(), List.of(ward));
    }

    private String wardRanges() {
        return geography.cityCorporations().stream()
                .map(corporation -> corporation.code() + " " + range(geography.wards(corporation.code(), null)))
                .collect(Collectors.joining(", ", "", "; jurisdiction_id required"));
    }

    private static String range(List<Ward> wards) {
        var numbers = wards.stream().map(ward -> Integer.parseInt(ward.wardNumber())).sorted(Comparator.naturalOrder()).toList();
        return numbers.isEmpty() ? "-" : numbers.getFirst() + "–" + numbers.getLast();
    }
}
