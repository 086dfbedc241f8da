package bd.gov.cleancare.open311;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.platform.time.ClockConfig;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GeoReportRequestsTest extends GeoReportTest {

    private static final String[] REQUEST_FIELDS = {"service_request_id", "status", "status_notes", "service_name", "service_code",
            "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
            "address", "address_id", "zipcode", "lat", "long", "media_url",
            // the one extension (issue 11): the reporter only as "a citizen of ward 12" unless they show their name
            "reported_by"};

    @Test
    void requests_are_listed_newest_first_in_the_specs_json_shape() {
        var key = partnerKey();
        var older = fileThroughOpen311(key, Map.of());
        clock.advance(Duration.ofMinutes(5));
        var newer = fileThroughOpen311(key, Map.of("service_code", "roads", "description", "রাস্তায় বড় গর্ত।"));

        var response = api.get(BASE + "/requests.json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(ids(response.json())).containsExactly(newer, older);
        var request = response.json().get(1);
        assertThat(request.propertyNames()).containsExactly(REQUEST_FIELDS);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("status_notes").isNull()).isTrue();
        assertThat(request.get("service_code").asString()).isEqualTo("waste_management");
        assertThat(request.get("service_name").asString()).isEqualTo("বর্জ্য ব্যবস্থাপনা / Waste management");
        assertThat(request.get("description").asString()).isEqualTo("তিন দিন ধরে ময়লা নেওয়া হয়নি, রাস্তায় উপচে পড়ছে।");
        assertThat(request.get("agency_responsible").asString()).isEqualTo("Dhaka South City Corporation, Ward 12");
        assertThat(request.get("service_notice").isNull()).isTrue();
        assertThat(request.get("requested_datetime").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+06:00");
        assertThat(request.get("updated_datetime").asString()).endsWith("+06:00");
        assertThat(request.get("expected_datetime").asString()).as("the resolution deadline").endsWith("+06:00");
        assertThat(request.get("address").asString()).isEqualTo("নয়াবাজার মোড়, ঢাকা");
        assertThat(request.get("address_id").isNull()).isTrue();
        assertThat(request.get("zipcode").isNull()).isTrue();
        assertThat(request.get("lat").isNumber()).isTrue();
        assertThat(request.get("lat").decimalValue()).isEqualByComparingTo("23.7104");
        assertThat(request.get("long").decimalValue()).isEqualByComparingTo("90.4074");
        assertThat(request.get("media_url").isNull()).isTrue();
    }

    @Test
    void in_xml_they_are_a_service_requests_element_of_request_elements() {
        var key = partnerKey();
        var number = fileThroughOpen311(key, Map.of());

        var response = api.get(BASE + "/requests.xml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/xml");
        var root = xml(response);
        assertThat(root.getTagName()).isEqualTo("service_requests");
        assertThat(childNames(root)).containsExactly("request");
        var request = children(root).getFirst();
        assertThat(childNames(request)).containsExactly(REQUEST_FIELDS);
        assertThat(childText(request, "service_request_id")).isEqualTo(number);
        assertThat(childText(request, "status")).isEqualTo("open");
        assertThat(childText(request, "status_notes")).isEmpty();
        assertThat(childText(request, "lat")).isEqualTo("23.7104");
        assertThat(childText(request, "long")).isEqualTo("90.4074");
        assertThat(childText(request, "agency_responsible")).isEqualTo("Dhaka South City Corporation, Ward 12");
    }

    @Test
    void status_open_is_submitted_or_in_progress_and_closed_is_resolved_or_cancelled() {
        var key = partnerKey();
        var ward = staff("admin", "DSCC", "12");
        var submitted = fileThroughOpen311(key, Map.of());
        var inProgress = fileThroughOpen311(key, Map.of());
        var resolved = fileThroughOpen311(key, Map.of());
        var cancelled = fileThroughOpen311(key, Map.of());
        move(ward, inProgress, "in_progress");
        move(ward, resolved, "in_progress", "resolved");
        move(ward, cancelled, "cancelled");

        assertThat(ids(api.get(BASE + "/requests.json?status=open").json())).containsExactlyInAnyOrder(submitted, inProgress);
        var closed = api.get(BASE + "/requests.json?status=closed").json();
        assertThat(ids(closed)).containsExactlyInAnyOrder(resolved, cancelled);
        closed.forEach(request -> assertThat(request.get("status").asString()).isEqualTo("closed"));
        assertThat(ids(api.get(BASE + "/requests.json?status=open,closed").json())).hasSize(4);
        assertThat(ids(api.get(BASE + "/requests.json?status=OPEN").json())).hasSize(2);
        var wrong = api.get(BASE + "/requests.json?status=pending");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get(0).get("code").asInt()).isEqualTo(400);
    }

    @Test
    void service_code_filters_by_one_or_several_categories() {
        var key = partnerKey();
        var waste = fileThroughOpen311(key, Map.of());
        var roads = fileThroughOpen311(key, Map.of("service_code", "roads"));
        fileThroughOpen311(key, Map.of("service_code", "electricity"));

        assertThat(ids(api.get(BASE + "/requests.json?service_code=roads").json())).containsExactly(roads);
        assertThat(ids(api.get(BASE + "/requests.json?service_code=roads,waste_management").json()))
                .containsExactlyInAnyOrder(roads, waste);
        assertThat(api.get(BASE + "/requests.json?service_code=potholes").status()).isEqualTo(400);
    }

    @Test
    void start_and_end_dates_choose_a_window_of_at_most_90_days_and_the_default_is_the_last_90() {
        var key = partnerKey();
        var first = fileThroughOpen311(key, Map.of());
        var firstAt = clock.instant();
        clock.advance(Duration.ofDays(10));
        var second = fileThroughOpen311(key, Map.of());
        clock.advance(Duration.ofDays(10));
        var third = fileThroughOpen311(key, Map.of());

        assertThat(ids(find(Map.of()))).containsExactly(third, second, first);
        assertThat(ids(find(Map.of("start_date", w3(firstAt.plus(Duration.ofDays(5))))))).containsExactly(third, second);
        assertThat(ids(find(Map.of("end_date", w3(firstAt.plus(Duration.ofDays(15))))))).containsExactly(second, first);
        assertThat(ids(find(Map.of("start_date", w3(firstAt.plus(Duration.ofDays(5))), "end_date", w3(firstAt.plus(Duration.ofDays(15)))))))
                .containsExactly(second);
        assertThat(ids(find(Map.of("start_date", firstAt.plus(Duration.ofDays(5)).toString().substring(0, 19) + "Z")))).hasSize(2);
        var day = firstAt.plus(Duration.ofDays(10)).atZone(ClockConfig.DHAKA).toLocalDate().toString();
        assertThat(ids(find(Map.of("start_date", day, "end_date", day)))).containsExactly(second);
        // "+06:00" sent without encoding arrives as " 06:00"
        var unencoded = api.get(BASE + "/requests.json?start_date=" + w3(firstAt.plus(Duration.ofDays(5))).replace("+", "%20"));
        assertThat(ids(unencoded.json())).containsExactly(third, second);

        clock.advance(Duration.ofDays(75));
        assertThat(ids(find(Map.of()))).containsExactly(third, second);
    }

    @Test
    void bad_or_too_wide_dates_are_a_400_not_a_500() {
        var english = api.with("Accept-Language", "en");
        for (var query : List.of("start_date=yesterday", "end_date=2026-13-45", "start_date=2026-02-30T00:00:00Z",
                "start_date=%2B999999999-01-01T00:00:00Z", "start_date=0001-01-01", "start_date=2026-01-01&end_date=2026-06-01",
                "start_date=2026-03-01&end_date=2026-01-01")) {
            var response = english.get(BASE + "/requests.json?" + query);
            assertThat(response.status()).as(query + " → " + response).isEqualTo(400);
            assertThat(response.json().get(0).get("code").asInt()).isEqualTo(400);
            assertThat(response.json().get(0).get("description").asString()).as(query).containsPattern("start_date|end_date");
        }
        var xml = xml(api.get(BASE + "/requests.xml?start_date=yesterday"));
        assertThat(xml.getTagName()).isEqualTo("errors");
        assertThat(api.get(BASE + "/requests.json?start_date=2026-01-01&end_date=2026-03-31").status()).isEqualTo(200);
    }

    @Test
    void service_request_id_takes_a_comma_separated_list_and_overrides_the_other_filters() {
        var key = partnerKey();
        var a = fileThroughOpen311(key, Map.of());
        fileThroughOpen311(key, Map.of());
        var c = fileThroughOpen311(key, Map.of("service_code", "roads"));

        var found = find(Map.of("service_request_id", a + ", " + c.toLowerCase() + ",CC000000000000", "status", "closed",
                "service_code", "electricity", "start_date", "2020-01-01"));

        assertThat(ids(found)).containsExactly(c, a);
    }

    @Test
    void one_request_is_a_one_element_list_and_an_unknown_one_is_a_404() {
        var key = partnerKey();
        var number = fileThroughOpen311(key, Map.of());

        var json = api.get(BASE + "/requests/" + number + ".json");
        var xml = xml(api.get(BASE + "/requests/" + number + ".xml"));
        var unknown = api.get(BASE + "/requests/CC202601010001.json");
        var unknownXml = api.get(BASE + "/requests/nothing.xml");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().isArray()).isTrue();
        assertThat(ids(json.json())).containsExactly(number);
        assertThat(xml.getTagName()).isEqualTo("service_requests");
        assertThat(childNames(xml)).containsExactly("request");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(unknown.json().get(0).get("description").asString()).contains("CC202601010001");
        assertThat(unknownXml.status()).isEqualTo(404);
        assertThat(childText(children(xml(unknownXml)).getFirst(), "code")).isEqualTo("404");
    }

    @Test
    void jurisdiction_id_narrows_the_list_to_one_city_corporation() {
        var key = partnerKey();
        var south = fileThroughOpen311(key, Map.of());
        var north = fileThroughOpen311(key, Map.of("jurisdiction_id", "DNCC", "attribute[ward_number]", "১"));

        assertThat(ids(find(Map.of("jurisdiction_id", "dncc.gov.bd")))).containsExactly(north);
        assertThat(ids(find(Map.of("jurisdiction_id", "DSCC")))).containsExactly(south);
        assertThat(find(Map.of("jurisdiction_id", "dncc.gov.bd")).get(0).get("agency_responsible").asString())
                .isEqualTo("Dhaka North City Corporation, Ward 1");
        assertThat(api.get(BASE + "/requests.json?jurisdiction_id=cox.gov.bd").status()).isEqualTo(404);
        assertThat(api.get(BASE + "/requests/" + south + ".json?jurisdiction_id=DNCC").status()).isEqualTo(404);
    }

    @Test
    void the_public_view_has_no_phone_name_email_or_user_id_even_when_the_citizen_wrote_them_in() {
        var citizen = citizen();
        var name = jdbc.sql("SELECT name FROM users WHERE id = :id").param("id", citizen.id()).query(String.class).single();
        var local = "0" + citizen.phone().substring(4);
        var bengali = bd.gov.cleancare.platform.text.Digits.toBengali(local.substring(0, 5) + "-" + local.substring(5));
        var spaced = "+88 " + local.substring(0, 5) + " " + local.substring(5);
        file(citizen, Map.of("description", "ফোন " + bengali + " বা " + citizen.phone() + " বা " + spaced
                        + ", ইমেইল karim.uddin@example.com। ড্রেন বন্ধ, পানি জমে আছে। ওয়ার্ড ১২, বাড়ি ৪৫।",
                "location", "বাড়ি ৪৫, রোড ৭ (ফোন " + local + ")"));

        for (var format : List.of("json", "xml")) {
            var body = api.get(BASE + "/requests." + format).text();
            assertThat(body).as(format).contains("[ফোন নম্বর সরানো হয়েছে]", "[ইমেইল সরানো হয়েছে]", "ড্রেন বন্ধ", "ওয়ার্ড ১২, বাড়ি ৪৫")
                    .doesNotContain(local.substring(3), bd.gov.cleancare.platform.text.Digits.toBengali(local.substring(5)),
                            name, citizen.id().toString(), "karim.uddin", "user");
        }
        var json = api.get(BASE + "/requests.json").json().get(0);
        assertThat(json.get("address").asString()).isEqualTo("বাড়ি ৪৫, রোড ৭ (ফোন [ফোন নম্বর সরানো হয়েছে])");
    }

    @Test
    void the_first_photo_is_published_as_an_absolute_media_url() throws Exception {
        var citizen = citizen();
        var complaint = file(citizen);
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        var uploaded = api.as(citizen.accessToken()).multipart("/api/v1/complaints/" + complaint.get("id").asString() + "/images/",
                "image", "drain.jpg", "image/jpeg", jpeg.toByteArray());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);

        var request = api.get(BASE + "/requests.json").json().get(0);

        assertThat(request.get("media_url").asString()).matches("https?://[^/]+/media/.+");
    }

    private JsonNode find(Map<String, String> query) {
        var path = new StringBuilder(BASE + "/requests.json?");
        query.forEach((name, value) -> path.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        var response = api.get(path.toString());
        assertThat(response.status()).as(query + " → " + response).isEqualTo(200);
        return response.json();
    }

    private void move(Account staff, String trackingNumber, String... statuses) {
        var id = api.as(staff.accessToken()).get("/api/v1/complaints/?search=" + trackingNumber).json().get("results").get(0).get("id").asString();
        for (var status : statuses) {
            var moved = api.as(staff.accessToken()).post("/api/v1/complaints/" + id + "/updates/", Map.of("new_status", status));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        }
    }

    private static List<String> ids(JsonNode requests) {
        var ids = new ArrayList<String>();
        requests.forEach(request -> ids.add(request.get("service_request_id").asString()));
        return ids;
    }

    private static String w3(Instant instant) {
        return instant.atZone(ClockConfig.DHAKA).toOffsetDateTime().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
