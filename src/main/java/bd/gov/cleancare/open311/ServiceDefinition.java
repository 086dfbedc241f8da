package bd.gov.cleancare.open311;

import java.util.List;

/** The extra fields a service takes (GeoReport v2 service definition). */
public record ServiceDefinition(String serviceCode, List<Attribute> attributes) {

    public record Attribute(boolean variable, String code, String datatype, boolean required, String datatypeDescription,
            int order, String description, List<Value> values) {
    }

    /** A choice of a singlevaluelist or multivaluelist attribute. */
    public record Value(String key, String name) {
    }
}
