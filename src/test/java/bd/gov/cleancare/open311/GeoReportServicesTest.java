package bd.gov.cleancare.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class GeoReportServicesTest extends GeoReportTest {

    private static final String[] SERVICE_FIELDS = {"service_code", "service_name", "description", "metadata", "type", "keywords", "group"};

    @Test
    void the_services_are_the_complaint_categories_in_the_specs_json_shape() {
        var response = api.get(BASE + "/services.json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json").containsIgnoringCase("charset=UTF-8");
        var services = response.json();
        assertThat(services.isArray()).isTrue();
        var codes = new ArrayList<String>();
        services.forEach(service -> {
            assertThat(service.propertyNames()).containsExactly(SERVICE_FIELDS);
            assertThat(service.get("metadata").asBoolean()).isTrue();
            assertThat(service.get("type").asString()).isEqualTo("realtime");
            codes.add(service.get("service_code").asString());
        });
        assertThat(codes).containsExactly("cleanliness", "waste_management", "water_supply", "roads", "electricity", "other");
        assertThat(services.get(0).get("service_name").asString()).isEqualTo("পরিচ্ছন্নতা / Cleanliness");
        assertThat(services.get(1).get("service_name").asString()).isEqualTo("বর্জ্য ব্যবস্থাপনা / Waste management");
        assertThat(services.get(1).get("group").asString()).isEqualTo("sanitation");
        assertThat(services.get(1).get("keywords").asString()).contains("garbage", "ময়লা");
    }

    @Test
    void the_services_in_xml_are_a_services_element_of_service_elements() {
        var response = api.get(BASE + "/services.xml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/xml").containsIgnoringCase("charset=UTF-8");
        assertThat(response.text()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        var root = xml(response);
        assertThat(root.getTagName()).isEqualTo("services");
        assertThat(childNames(root)).hasSize(6).containsOnly("service");
        var first = children(root).getFirst();
        assertThat(childNames(first)).containsExactly(SERVICE_FIELDS);
        assertThat(childText(first, "service_code")).isEqualTo("cleanliness");
        assertThat(childText(first, "service_name")).isEqualTo("পরিচ্ছন্নতা / Cleanliness");
        assertThat(childText(first, "metadata")).isEqualTo("true");
        assertThat(childText(first, "type")).isEqualTo("realtime");
    }

    @Test
    void a_service_definition_offers_the_optional_ward_number() {
        var json = api.get(BASE + "/services/roads.json");
        var xml = api.get(BASE + "/services/roads.xml");

        assertThat(json.status()).isEqualTo(200);
        var definition = json.json();
        assertThat(definition.propertyNames()).containsExactly("service_code", "attributes");
        assertThat(definition.get("service_code").asString()).isEqualTo("roads");
        var ward = definition.get("attributes").get(0);
        assertThat(ward.propertyNames()).containsExactly("variable", "code", "datatype", "required", "datatype_description",
                "order", "description", "values");
        assertThat(ward.get("code").asString()).isEqualTo("ward_number");
        assertThat(ward.get("datatype").asString()).isEqualTo("string");
        assertThat(ward.get("variable").asBoolean()).isTrue();
        assertThat(ward.get("required").asBoolean()).isFalse();
        assertThat(ward.get("order").asInt()).isEqualTo(1);
        assertThat(ward.get("datatype_description").asString()).contains("DSCC", "DNCC");
        assertThat(ward.get("description").asString()).contains("jurisdiction_id");

        var root = xml(xml);
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(childNames(root)).containsExactly("service_code", "attributes");
        var attribute = children(children(root).get(1)).getFirst();
        assertThat(attribute.getTagName()).isEqualTo("attribute");
        assertThat(childText(attribute, "code")).isEqualTo("ward_number");
        assertThat(childText(attribute, "required")).isEqualTo("false");
    }

    @Test
    void an_unknown_service_code_format_or_route_is_a_404_in_the_specs_error_format() {
        var unknownService = api.get(BASE + "/services/potholes.json");
        assertThat(unknownService.status()).isEqualTo(404);
        assertThat(unknownService.contentType()).startsWith("application/json");
        assertThat(unknownService.json().get(0).propertyNames()).containsExactly("code", "description");
        assertThat(unknownService.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(unknownService.json().get(0).get("description").asString()).contains("potholes");

        var unknownServiceXml = xml(api.get(BASE + "/services/potholes.xml"));
        assertThat(unknownServiceXml.getTagName()).isEqualTo("errors");
        assertThat(childText(children(unknownServiceXml).getFirst(), "code")).isEqualTo("404");

        for (var path : new String[] {"/services.csv", "/services", "/nothing.json", "/requests/x/y.json"}) {
            assertThat(api.get(BASE + path).status()).as(path).isEqualTo(404);
        }
        var otherVersion = api.get("/open311/v3/services.json");
        assertThat(otherVersion.status()).isEqualTo(404);
        assertThat(otherVersion.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(xml(api.get(BASE + "/services.html")).getTagName()).isEqualTo("errors");
    }

    @Test
    void jurisdiction_id_is_the_corporations_code_or_domain_and_an_unknown_one_is_a_404() {
        for (var jurisdiction : new String[] {"DSCC", "dncc", "dscc.gov.bd", "www.dncc.gov.bd", ""}) {
            assertThat(api.get(BASE + "/services.json?jurisdiction_id=" + jurisdiction).status()).as(jurisdiction).isEqualTo(200);
        }
        var unknown = api.get(BASE + "/services.json?jurisdiction_id=ctg.gov.bd");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get(0).get("description").asString()).contains("ctg.gov.bd");
        assertThat(api.get(BASE + "/services/roads.xml?jurisdiction_id=sfgov.org").status()).isEqualTo(404);
    }

    @Test
    void error_descriptions_are_in_bengali_unless_english_is_asked_for() {
        var bengali = api.get(BASE + "/services/potholes.json").json().get(0).get("description").asString();
        var english = api.with("Accept-Language", "en").get(BASE + "/services/potholes.json").json().get(0).get("description").asString();

        assertThat(bengali).contains("সেবা");
        assertThat(english).startsWith("There is no service potholes");
    }

    @Test
    void discovery_lists_the_geoReport_v2_endpoint_with_both_formats() {
        var json = api.get(BASE + "/discovery.json");

        assertThat(json.status()).isEqualTo(200);
        var discovery = json.json();
        assertThat(discovery.propertyNames()).containsExactly("changeset", "contact", "key_service", "endpoints");
        var endpoint = discovery.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asString()).endsWith("/open311/v2");
        assertThat(endpoint.get("type").asString()).isEqualTo("production");
        assertThat(endpoint.get("formats").get(0).asString()).isEqualTo("text/xml");
        assertThat(endpoint.get("formats").get(1).asString()).isEqualTo("application/json");

        var root = xml(api.get(BASE + "/discovery.xml"));
        assertThat(root.getTagName()).isEqualTo("discovery");
        var xmlEndpoint = children(children(root).get(3)).getFirst();
        assertThat(xmlEndpoint.getTagName()).isEqualTo("endpoint");
        var formats = children(xmlEndpoint).stream().filter(e -> e.getTagName().equals("formats")).findFirst().orElseThrow();
        assertThat(childNames(formats)).containsExactly("format", "format");
    }
}
