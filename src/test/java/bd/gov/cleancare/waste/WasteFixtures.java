package bd.gov.cleancare.waste;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Waste tests: staff with the 'waste' permission in their wards, stations and loads made through the API. */
abstract class WasteFixtures extends ApiTest {

    /** An admin of these wards who may create, read, update and delete waste records there (and handle complaints). */
    protected Account wasteAdmin(String cityCorporation, String... wards) {
        var admin = staff("admin", cityCorporation, wards);
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                VALUES (:id, 'waste', 'waste', :wards, :cc, TRUE, TRUE, TRUE, TRUE)""")
                .param("id", admin.id()).param("wards", wards).param("cc", cityCorporation).update();
        return admin;
    }

    protected Http.Response createStation(Account who, Map<String, Object> overrides) {
        var body = new HashMap<String, Object>(Map.of("name", "মাতুয়াইল এসটিএস", "name_en", "Matuail STS", "ward_number", "12",
                "city_corporation", "DSCC", "location", "মাতুয়াইল, যাত্রাবাড়ী", "capacity_tonnes", 100, "opens_at", "06:00",
                "closes_at", "22:00"));
        body.putAll(overrides);
        return api.as(who.accessToken()).post("/api/v1/waste/stations/", body);
    }

    protected String station(Account who, Map<String, Object> overrides) {
        var response = createStation(who, overrides);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    protected Http.Response log(Account who, String station, String direction, Object tonnes) {
        return api.as(who.accessToken()).post("/api/v1/waste/stations/" + station + "/loads/",
                Map.of("direction", direction, "vehicle_number", "ঢাকা মেট্রো-ট ১১-২২৩৩", "tonnes", tonnes));
    }

    protected JsonNode logged(Account who, String station, String direction, Object tonnes) {
        var response = log(who, station, direction, tonnes);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    protected JsonNode get(Account who, String path) {
        var response = api.as(who.accessToken()).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    protected BigDecimal load(String station) {
        return jdbc.sql("SELECT current_load_tonnes FROM transfer_stations WHERE id = CAST(:id AS uuid)").param("id", station)
                .query(BigDecimal.class).single();
    }

    protected static void assertProblem(Http.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("errors").has(field)).as(response.toString()).isTrue();
        }
    }
}
