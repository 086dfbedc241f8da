package bd.gov.cleancare.open311;

import bd.gov.cleancare.complaints.CategoryQuestions;
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
    private final CategoryQuestions questions;

    ServiceTypes(ServiceCatalogue catalogue, Jurisdictions jurisdictions, Geography geography, CategoryQuestions questions) {
        this.questions = questions;
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
     * A string rather than a list, because the choices depend on jurisdiction_id. Then the category's questions, in
     * their order: text as string, number, choice and yes/no as singlevaluelist (a blocking choice is listed too; filing
     * with it is refused with its message).
     */
    public ServiceDefinition definition(String jurisdictionId, String serviceCode) {
        jurisdictions.resolve(jurisdictionId);
        var category = catalogue.require(serviceCode);
        var ward = new ServiceDefinition.Attribute(true, WARD_ATTRIBUTE, "string", false, wardRanges(), 1,
                "সিটি কর্পোরেশনের (jurisdiction_id) ওয়ার্ড নম্বর / Ward number in the city corporation given by jurisdiction_id",
                List.of());
        var attributes = new java.util.ArrayList<ServiceDefinition.Attribute>(List.of(ward));
        for (var question : questions.of(category)) {
            attributes.add(attribute(question, attributes.size() + 1));
        }
        return new ServiceDefinition(category.code(), attributes);
    }

    private static ServiceDefinition.Attribute attribute(CategoryQuestions.Question question, int order) {
        var description = question.labelBn() + " / " + question.labelEn();
        return switch (question.kind()) {
            case "number" -> new ServiceDefinition.Attribute(true, question.code(), "number", question.required(), null, order,
                    description, List.of());
            case "yes_no" -> new ServiceDefinition.Attribute(true, question.code(), "singlevaluelist", question.required(), null, order,
                    description, List.of(new ServiceDefinition.Value("yes", "হ্যাঁ / Yes"), new ServiceDefinition.Value("no", "না / No")));
            case "choice" -> new ServiceDefinition.Attribute(true, question.code(), "singlevaluelist", question.required(),
                    blockingNote(question), order, description, question.options().stream()
                            .map(option -> new ServiceDefinition.Value(option.key(), option.labelBn() + " / " + option.labelEn())).toList());
            default -> new ServiceDefinition.Attribute(true, question.code(), "string", question.required(), null, order,
                    description, List.of());
        };
    }

    /** Which values refuse the request, and why, so a partner can tell its user before posting. */
    private static String blockingNote(CategoryQuestions.Question question) {
        var blocking = question.options().stream().filter(CategoryQuestions.Option::blocks)
                .map(option -> option.key() + ": " + option.blockBn() + " / " + option.blockEn()).toList();
        return blocking.isEmpty() ? null : "Not accepted, file elsewhere — " + String.join("; ", blocking);
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
