package bd.gov.cleancare.open311.web;

import bd.gov.cleancare.open311.FiledRequest;
import bd.gov.cleancare.open311.ServiceDefinition;
import bd.gov.cleancare.open311.ServiceRequest;
import bd.gov.cleancare.open311.ServiceType;
import bd.gov.cleancare.open311.web.Node.Field;
import bd.gov.cleancare.open311.web.Node.Group;
import bd.gov.cleancare.open311.web.Node.Repeated;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The GeoReport v2 bodies, element for element and in the order of the spec's examples. */
final class Documents {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private Documents() {
    }

    record Error(int code, String description) {
    }

    record Endpoint(String url, String changeset, String type, List<String> formats) {
    }

    static Node services(List<ServiceType> services) {
        return new Repeated("services", services.stream().map(service -> (Node) new Group("service",
                new Field("service_code", service.serviceCode()),
                new Field("service_name", service.serviceName()),
                new Field("description", service.description()),
                new Field("metadata", service.metadata()),
                new Field("type", service.type()),
                new Field("keywords", service.keywords()),
                new Field("group", service.group()))).toList());
    }

    static Node definition(ServiceDefinition definition) {
        return new Group("service_definition",
                new Field("service_code", definition.serviceCode()),
                new Repeated("attributes", definition.attributes().stream().map(attribute -> (Node) new Group("attribute",
                        new Field("variable", attribute.variable()),
                        new Field("code", attribute.code()),
                        new Field("datatype", attribute.datatype()),
                        new Field("required", attribute.required()),
                        new Field("datatype_description", attribute.datatypeDescription()),
                        new Field("order", attribute.order()),
                        new Field("description", attribute.description()),
                        new Repeated("values", attribute.values().stream().map(value -> (Node) new Group("value",
                                new Field("key", value.key()),
                                new Field("name", value.name()))).toList()))).toList()));
    }

    static Node requests(List<ServiceRequest> requests) {
        return new Repeated("service_requests", requests.stream().map(request -> (Node) new Group("request",
                new Field("service_request_id", request.serviceRequestId()),
                new Field("status", request.status()),
                new Field("status_notes", request.statusNotes()),
                new Field("service_name", request.serviceName()),
                new Field("service_code", request.serviceCode()),
                new Field("description", request.description()),
                new Field("agency_responsible", request.agencyResponsible()),
                new Field("service_notice", request.serviceNotice()),
                new Field("requested_datetime", w3(request.requestedDatetime())),
                new Field("updated_datetime", w3(request.updatedDatetime())),
                new Field("expected_datetime", w3(request.expectedDatetime())),
                new Field("address", request.address()),
                new Field("address_id", request.addressId()),
                new Field("zipcode", request.zipcode()),
                new Field("lat", request.lat()),
                new Field("long", request.lon()),
                new Field("media_url", request.mediaUrl()),
                // an extension to GeoReport v2: "a citizen of ward 12" unless the citizen shows their name
                new Field("reported_by", request.reportedBy()))).toList());
    }

    /** The partner's own account id is not shown: it is the city's, not the reporter's. */
    static Node filed(FiledRequest filed) {
        return new Repeated("service_requests", List.of(new Group("request",
                new Field("service_request_id", filed.serviceRequestId()),
                new Field("service_notice", filed.serviceNotice()),
                new Field("account_id", null))));
    }

    static Node errors(List<Error> errors) {
        return new Repeated("errors", errors.stream().map(error -> (Node) new Group("error",
                new Field("code", error.code()),
                new Field("description", error.description()))).toList());
    }

    static Node discovery(String changeset, String contact, String keyService, List<Endpoint> endpoints) {
        return new Group("discovery",
                new Field("changeset", changeset),
                new Field("contact", contact),
                new Field("key_service", keyService),
                new Repeated("endpoints", endpoints.stream().map(endpoint -> (Node) new Group("endpoint",
                        new Field("specification", SPECIFICATION),
                        new Field("url", endpoint.url()),
                        new Field("changeset", endpoint.changeset()),
                        new Field("type", endpoint.type()),
                        new Repeated("formats", endpoint.formats().stream().map(format -> (Node) new Field("format", format)).toList())))
                        .toList()));
    }

    private static String w3(OffsetDateTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
