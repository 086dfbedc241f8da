package bd.gov.cleancare.open311;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** Open311 tests: a super admin, a partner key, form posts and XML read the way a civic app reads it. */
abstract class GeoReportTest extends ApiTest {

    static final String BASE = "/open311/v2";

    protected Account superAdmin() {
        return staff("super_admin", null);
    }

    /** A key issued by a super admin for a partner with a fresh phone number. */
    protected String partnerKey() {
        var issued = api.as(superAdmin().accessToken())
                .post("/api/v1/open311/keys/", Map.of("partner_name", "FixMyDhaka", "phone", newPhone()));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().get("key").asString();
    }

    /** The spec's POST: application/x-www-form-urlencoded, UTF-8. */
    protected Http.Response postForm(Http as, String format, Map<String, String> fields) {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return as.raw("POST", BASE + "/requests." + format, "application/x-www-form-urlencoded; charset=utf-8",
                body.getBytes(StandardCharsets.UTF_8));
    }

    protected Http.Response postForm(String format, Map<String, String> fields) {
        return postForm(api, format, fields);
    }

    /** A valid request for DSCC ward 12, with overrides (a null value removes the field). */
    protected static Map<String, String> request(String key, Map<String, String> overrides) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("api_key", key);
        fields.put("jurisdiction_id", "dscc.gov.bd");
        fields.put("service_code", "waste_management");
        fields.put("lat", "23.7104");
        fields.put("long", "90.4074");
        fields.put("address_string", "নয়াবাজার মোড়, ঢাকা");
        fields.put("description", "তিন দিন ধরে ময়লা নেওয়া হয়নি, রাস্তায় উপচে পড়ছে।");
        fields.put("attribute[ward_number]", "12");
        overrides.forEach((name, value) -> {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
        });
        return fields;
    }

    protected String fileThroughOpen311(String key, Map<String, String> overrides) {
        var response = postForm("json", request(key, overrides));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get(0).get("service_request_id").asString();
    }

    protected static Element xml(Http.Response response) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body())).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + response.text(), e);
        }
    }

    protected static List<Element> children(Element parent) {
        var list = new ArrayList<Element>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                list.add(element);
            }
        }
        return list;
    }

    protected static List<String> childNames(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    protected static String childText(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .map(Element::getTextContent).orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }
}
