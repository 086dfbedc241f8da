package bd.gov.cleancare.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GeoReportFilingTest extends GeoReportTest {

    @Test
    void a_partner_files_a_complaint_that_the_wards_staff_then_handle() {
        var key = partnerKey();

        var response = postForm("json", request(key, Map.of()));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        var answer = response.json();
        assertThat(answer.isArray()).isTrue();
        assertThat(answer.size()).isEqualTo(1);
        assertThat(answer.get(0).propertyNames()).containsExactly("service_request_id", "service_notice", "account_id");
        var number = answer.get(0).get("service_request_id").asString();
        assertThat(number).matches("CC\\d{12,}");
        assertThat(answer.get(0).get("service_notice").asString()).contains("ঢাকা দক্ষিণ সিটি কর্পোরেশন, ওয়ার্ড ১২");
        assertThat(answer.get(0).get("account_id").isNull()).isTrue();

        var ward = staff("admin", "DSCC", "12");
        var complaint = staffView(ward, number);
        assertThat(complaint.get("category_code").asString()).isEqualTo("waste_management");
        assertThat(complaint.get("priority_code").asString()).isEqualTo("medium");
        assertThat(complaint.get("status_code").asString()).isEqualTo("submitted");
        assertThat(complaint.get("city_corporation").asString()).isEqualTo("DSCC");
        assertThat(complaint.get("ward_number").asString()).isEqualTo("12");
        assertThat(complaint.get("location").asString()).isEqualTo("নয়াবাজার মোড়, ঢাকা");
        assertThat(complaint.get("latitude").decimalValue()).isEqualByComparingTo("23.7104");
        assertThat(complaint.get("longitude").decimalValue()).isEqualByComparingTo("90.4074");
        assertThat(complaint.get("title").asString()).isEqualTo("তিন দিন ধরে ময়লা নেওয়া হয়নি, রাস্তায় উপচে পড়ছে।");
        var partnerAccount = jdbc.sql("SELECT user_id FROM open311_api_keys").query(UUID.class).single();
        assertThat(complaint.get("user_id").asString()).isEqualTo(partnerAccount.toString());
        var otherCorporation = staff("admin", "DNCC", "12");
        assertThat(api.as(otherCorporation.accessToken()).get("/api/v1/complaints/").json().get("count").asInt()).isZero();
    }

    @Test
    void the_xml_answer_is_service_requests_of_one_request_in_the_callers_language() {
        var key = partnerKey();

        var response = postForm(api.with("Accept-Language", "en"), "xml", request(key, Map.of()));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/xml");
        var root = xml(response);
        assertThat(root.getTagName()).isEqualTo("service_requests");
        assertThat(childNames(root)).containsExactly("request");
        var request = children(root).getFirst();
        assertThat(childNames(request)).containsExactly("service_request_id", "service_notice", "account_id");
        assertThat(childText(request, "service_request_id")).startsWith("CC");
        assertThat(childText(request, "service_notice")).contains("Dhaka South City Corporation, Ward 12");
        assertThat(childText(request, "account_id")).isEmpty();
    }

    @Test
    void a_missing_wrong_or_malformed_key_is_a_403_and_nothing_is_filed() {
        partnerKey();

        var missing = postForm("json", request("", Map.of()));
        var wrong = postForm("json", request("cc_" + "A".repeat(43), Map.of()));
        var garbage = postForm("xml", request("letmein", Map.of()));

        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.json().get(0).get("code").asInt()).isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get(0).get("description").asString()).isNotBlank();
        assertThat(garbage.status()).isEqualTo(403);
        assertThat(xml(garbage).getTagName()).isEqualTo("errors");
        var english = postForm(api.with("Accept-Language", "en"), "json", request("cc_nope", Map.of()));
        assertThat(english.json().get(0).get("description").asString()).isEqualTo("Invalid api_key received -- can't proceed with create_request.");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isZero();
    }

    @Test
    void missing_or_bad_fields_are_a_400_in_the_specs_format_naming_the_parameter() {
        var key = partnerKey();
        var english = api.with("Accept-Language", "en");

        assertRefused(english, key, Map.of("service_code", ""), 400, "service_code");
        assertRefused(english, key, mapOf("description", null), 400, "description");
        assertRefused(english, key, Map.of("description", "x".repeat(4001)), 400, "description");
        assertRefused(english, key, mapOf("lat", null, "long", null, "address_string", null), 400, "lat and long, or address_string");
        assertRefused(english, key, mapOf("lat", null, "long", null, "address_string", null, "address_id", "545483"), 400, "address_id");
        assertRefused(english, key, mapOf("long", null), 400, "long");
        assertRefused(english, key, Map.of("lat", "north"), 400, "lat");
        assertRefused(english, key, Map.of("lat", "51.5", "long", "-0.12"), 400, "lat");
        assertRefused(english, key, Map.of("attribute[ward_number]", "99"), 400, "attribute[ward_number]");
        assertRefused(english, key, mapOf("jurisdiction_id", null), 400, "jurisdiction_id");
        assertRefused(english, key, Map.of("address_string", "ঢাকা ".repeat(100)), 400, "address_string");
        assertRefused(english, key, Map.of("media_url", "javascript:alert(1)"), 400, "media_url");
        assertRefused(english, key, Map.of("service_code", "potholes"), 404, "potholes");
        assertRefused(english, key, Map.of("jurisdiction_id", "sfgov.org"), 404, "sfgov.org");

        var xml = xml(postForm("xml", request(key, mapOf("description", null))));
        assertThat(xml.getTagName()).isEqualTo("errors");
        var error = children(xml).getFirst();
        assertThat(childNames(error)).containsExactly("code", "description");
        assertThat(childText(error, "code")).isEqualTo("400");
        assertThat(childText(error, "description")).startsWith("description: ");
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isZero();
    }

    @Test
    void a_point_or_an_address_alone_is_enough_and_the_ward_is_optional() {
        var key = partnerKey();
        var superAdmin = superAdmin();

        var pointOnly = fileThroughOpen311(key, mapOf("address_string", null, "jurisdiction_id", null, "attribute[ward_number]", null));
        var addressOnly = fileThroughOpen311(key, mapOf("lat", null, "long", null, "attribute[ward_number]", null));

        var point = staffView(superAdmin, pointOnly);
        assertThat(point.get("location").asString()).isEqualTo("23.7104, 90.4074");
        assertThat(point.get("ward_number").isNull()).isTrue();
        var address = staffView(superAdmin, addressOnly);
        assertThat(address.get("location").asString()).isEqualTo("নয়াবাজার মোড়, ঢাকা");
        assertThat(address.get("latitude").isNull()).isTrue();
        var notice = postForm("json", request(key, mapOf("jurisdiction_id", null, "attribute[ward_number]", null))).json();
        assertThat(notice.get(0).get("service_notice").asString()).contains("সিটি কর্পোরেশন");
    }

    @Test
    void the_title_is_the_descriptions_start_and_the_reporters_details_are_not_kept() {
        var key = partnerKey();
        var reporterPhone = newPhone();
        var description = "যোগাযোগ 01812345678: আমাদের গলির মুখে প্রতিদিন সকালে ট্রাক থেকে ময়লা পড়ে থাকে, "
                + "কেউ পরিষ্কার করে না। দয়া করে ব্যবস্থা নিন।";

        var number = fileThroughOpen311(key, Map.of("description", description, "first_name", "Rahim", "last_name", "Uddin",
                "phone", reporterPhone, "email", "rahim@example.com", "device_id", "tt222111", "account_id", "123456",
                "media_url", "https://img.example.org/photo/42.jpg"));

        var complaint = staffView(superAdmin(), number);
        var title = complaint.get("title").asString();
        assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(61);
        assertThat(title).startsWith("যোগাযোগ [ফোন নম্বর সরানো হয়েছে]: আমাদের").endsWith("…").doesNotContain("01812345678");
        assertThat(complaint.get("description").asString()).startsWith(description)
                .endsWith("ছবি / Photo: https://img.example.org/photo/42.jpg");
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE phone = :phone OR email = 'rahim@example.com' OR name LIKE '%Rahim%'")
                .param("phone", reporterPhone).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM complaints WHERE description LIKE '%Rahim%' OR description LIKE '%tt222111%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void multipart_form_data_is_accepted_as_well() {
        var key = partnerKey();
        var boundary = "----open311" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        request(key, Map.of()).forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        var response = api.raw("POST", BASE + "/requests.json", "multipart/form-data; boundary=" + boundary, body.toByteArray());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get(0).get("service_request_id").asString()).startsWith("CC");
    }

    @Test
    void a_key_may_file_60_requests_a_minute_and_the_61st_is_a_429_in_the_specs_format() {
        var key = partnerKey();
        var other = partnerKey();
        for (int i = 0; i < 60; i++) {
            // refused requests count too: the limit protects the city from a misbehaving client
            assertThat(postForm("json", request(key, mapOf("description", null))).status()).isEqualTo(400);
        }

        var limited = postForm("json", request(key, Map.of()));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotNull();
        assertThat(limited.json().get(0).get("code").asInt()).isEqualTo(429);
        assertThat(postForm("json", request(other, Map.of())).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(61));
        assertThat(postForm("json", request(key, Map.of())).status()).isEqualTo(200);
    }

    private void assertRefused(bd.gov.cleancare.support.Http as, String key, Map<String, String> overrides, int status, String mentioned) {
        var response = postForm(as, "json", request(key, overrides));
        assertThat(response.status()).as(overrides + " → " + response).isEqualTo(status);
        assertThat(response.json().get(0).get("code").asInt()).isEqualTo(status);
        assertThat(response.json().get(0).get("description").asString()).as(overrides.toString()).contains(mentioned);
    }

    private JsonNode staffView(Account staff, String trackingNumber) {
        var list = api.as(staff.accessToken()).get("/api/v1/complaints/?search=" + trackingNumber).json();
        assertThat(list.get("count").asInt()).as(list.toString()).isEqualTo(1);
        var id = list.get("results").get(0).get("id").asString();
        return api.as(staff.accessToken()).get("/api/v1/complaints/" + id + "/").json();
    }

    /** Map.of does not take nulls; a null here removes the field from the request. */
    private static Map<String, String> mapOf(String... namesAndValues) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
