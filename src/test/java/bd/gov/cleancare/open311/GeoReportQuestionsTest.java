package bd.gov.cleancare.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The category questions as GeoReport v2 service definitions, answered as attribute[code] on POST requests. */
class GeoReportQuestionsTest extends GeoReportTest {

    @BeforeEach
    void questionsForWaste() {
        var admin = superAdmin();
        for (var question : List.<Map<String, Object>>of(
                Map.of("category", "waste_management", "code", "bin_full", "kind", "yes_no", "label_bn", "ডাস্টবিন কি ভরা?",
                        "label_en", "Is the bin full?", "required", true, "position", 1),
                Map.of("category", "waste_management", "code", "what", "kind", "choice", "label_bn", "কী ধরনের ময়লা?",
                        "label_en", "What kind of waste?", "position", 2, "options", List.of(
                                Map.of("key", "household", "label_bn", "গৃহস্থালি", "label_en", "Household"),
                                Map.of("key", "medical", "label_bn", "চিকিৎসা বর্জ্য", "label_en", "Medical",
                                        "block_bn", "চিকিৎসা বর্জ্যের জন্য ১৬২৬৩-এ ফোন করুন", "block_en", "For medical waste call 16263"))),
                Map.of("category", "waste_management", "code", "days", "kind", "number", "label_bn", "কত দিন?",
                        "label_en", "How many days?", "position", 3),
                Map.of("category", "waste_management", "code", "note", "kind", "text", "label_bn", "আর কিছু?",
                        "label_en", "Anything else?", "position", 4))) {
            var added = api.as(admin.accessToken()).post("/api/v1/admin/category-questions/", question);
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
    }

    @Test
    void the_service_definition_lists_the_questions_after_the_ward_in_json_and_xml() {
        var definition = api.get(BASE + "/services/waste_management.json").json();

        var attributes = definition.get("attributes");
        assertThat(attributes.size()).isEqualTo(5);
        assertThat(attributes.get(0).get("code").asString()).isEqualTo("ward_number");
        var binFull = attributes.get(1);
        assertThat(binFull.get("code").asString()).isEqualTo("bin_full");
        assertThat(binFull.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(binFull.get("required").asBoolean()).isTrue();
        assertThat(binFull.get("order").asInt()).isEqualTo(2);
        assertThat(binFull.get("description").asString()).isEqualTo("ডাস্টবিন কি ভরা? / Is the bin full?");
        assertThat(binFull.get("values").findValuesAsString("key")).containsExactly("yes", "no");
        var what = attributes.get(2);
        assertThat(what.get("values").findValuesAsString("key")).containsExactly("household", "medical");
        assertThat(what.get("datatype_description").asString()).contains("medical", "16263");
        assertThat(attributes.get(3).get("datatype").asString()).isEqualTo("number");
        assertThat(attributes.get(4).get("datatype").asString()).isEqualTo("string");
        assertThat(api.get(BASE + "/services/roads.json").json().get("attributes").size()).isEqualTo(1);

        var xml = xml(api.get(BASE + "/services/waste_management.xml"));
        var xmlAttributes = children(children(xml).get(1));
        assertThat(xmlAttributes).hasSize(5);
        assertThat(childText(xmlAttributes.get(2), "code")).isEqualTo("what");
        assertThat(childText(xmlAttributes.get(2), "datatype")).isEqualTo("singlevaluelist");

        var services = api.get(BASE + "/services.json").json();
        for (var service : services) {
            assertThat(service.get("metadata").asBoolean()).isTrue();
        }
    }

    @Test
    void a_post_answers_with_attributes_and_the_same_rules_apply() {
        var key = partnerKey();
        var answered = new HashMap<String, String>(Map.of("attribute[bin_full]", "yes", "attribute[what]", "household",
                "attribute[days]", "3", "attribute[note]", "গলির মুখে", "attribute[app_version]", "2.1"));
        var filed = fileThroughOpen311(key, answered);

        var stored = jdbc.sql("SELECT answers::text FROM complaints WHERE tracking_number = :n").param("n", filed).query(String.class).single();
        assertThat(stored).contains("\"bin_full\": true", "\"what\": \"household\"", "\"note\": \"গলির মুখে\"")
                .as("attributes the definition does not list are ignored").doesNotContain("app_version");

        var missing = postForm("json", request(key, Map.of("attribute[what]", "household")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get(0).get("description").asString()).containsAnyOf("ডাস্টবিন কি ভরা?", "Is the bin full?");

        var blocked = postForm("json", request(key, Map.of("attribute[bin_full]", "no", "attribute[what]", "medical")));
        assertThat(blocked.status()).isEqualTo(400);
        assertThat(blocked.json().get(0).get("description").asString()).containsAnyOf("১৬২৬৩", "16263");
    }
}
