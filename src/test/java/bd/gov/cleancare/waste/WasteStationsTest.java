package bd.gov.cleancare.waste;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Transfer stations: seen by everyone signed in, kept by the waste staff of their ward. */
class WasteStationsTest extends WasteFixtures {

    @Test
    void a_ward_admin_adds_a_station_that_every_signed_in_user_can_see_with_public_fields_only_for_citizens() {
        var admin = wasteAdmin("DSCC", "12");
        var citizen = citizen("DSCC", "40");

        var created = createStation(admin, Map.of("latitude", 23.7005, "longitude", 90.4512, "clearance_interval_hours", 12));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var station = created.json();
        assertThat(station.get("zone_number").asInt()).isEqualTo(2);
        assertThat(station.get("status").asString()).isEqualTo("চালু");
        assertThat(station.get("status_code").asString()).isEqualTo("operational");
        assertThat(station.get("capacity_tonnes").decimalValue()).isEqualByComparingTo("100");
        assertThat(station.get("current_load_tonnes").decimalValue()).isEqualByComparingTo("0");
        assertThat(station.get("utilisation_percent").decimalValue()).isEqualByComparingTo("0");
        assertThat(station.get("opens_at").asString()).startsWith("06:00");
        assertThat(station.get("clearance_interval_hours").asInt()).isEqualTo(12);
        var id = station.get("id").asString();

        var seen = get(citizen, "/api/v1/waste/stations/" + id);
        assertThat(seen.get("name").asString()).isEqualTo("মাতুয়াইল এসটিএস");
        assertThat(seen.get("latitude").decimalValue()).isEqualByComparingTo("23.7005");
        assertThat(seen.get("clearance_interval_hours").isNull()).isTrue();
        assertThat(seen.get("created_at").isNull()).isTrue();
        var list = get(citizen, "/api/v1/waste/stations/?ward_number=" + URLEncoder.encode("১২", StandardCharsets.UTF_8));
        assertThat(list.get("count").asInt()).isEqualTo(1);
        assertThat(get(citizen, "/api/v1/waste/stations/?ward_number=13").get("count").asInt()).isZero();
        assertThat(get(citizen, "/api/v1/waste/stations/?search=matuail").get("count").asInt()).isEqualTo(1);
        assertThat(get(citizen, "/api/v1/waste/stations/?zone=2").get("count").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE action = 'waste.station_created' AND user_id = :id")
                .param("id", admin.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void only_waste_staff_of_the_stations_ward_may_create_edit_or_remove_it_and_super_admins_anywhere() {
        var admin12 = wasteAdmin("DSCC", "12");
        var admin13 = wasteAdmin("DSCC", "13");
        var complaintsOnly = staff("admin", "DSCC", "12");
        var superAdmin = staff("super_admin", null);
        var citizen = citizen();

        assertProblem(createStation(citizen, Map.of()), 403, null);
        assertProblem(createStation(complaintsOnly, Map.of()), 403, null);
        assertProblem(createStation(admin13, Map.of()), 403, null);
        var id = station(admin12, Map.of());
        var path = "/api/v1/waste/stations/" + id + "/";

        assertProblem(api.as(admin13.accessToken()).put(path, Map.of("capacity_tonnes", 120)), 403, null);
        assertProblem(api.as(admin12.accessToken()).put(path, Map.of("ward_number", "13")), 403, null);
        assertProblem(api.as(admin13.accessToken()).delete(path), 403, null);
        assertProblem(api.as(citizen.accessToken()).delete(path), 403, null);

        var edited = api.as(admin12.accessToken()).put(path, Map.of("capacity_tonnes", 120, "status", "রক্ষণাবেক্ষণ"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("capacity_tonnes").decimalValue()).isEqualByComparingTo("120");
        assertThat(edited.json().get("status_code").asString()).isEqualTo("maintenance");
        assertThat(edited.json().get("name").asString()).isEqualTo("মাতুয়াইল এসটিএস");
        var moved = api.as(superAdmin.accessToken()).put(path, Map.of("ward_number", "13", "status", "operational"));
        assertThat(moved.json().get("ward_number").asString()).isEqualTo("13");
        assertThat(moved.json().get("zone_number").asInt()).isEqualTo(1);
        assertThat(api.as(admin13.accessToken()).delete(path).status()).isEqualTo(204);

        assertProblem(api.as(citizen.accessToken()).get(path), 404, null);
        assertThat(get(citizen, "/api/v1/waste/stations/").get("count").asInt()).isZero();
        assertProblem(api.as(admin13.accessToken()).delete(path), 404, null);
        assertProblem(api.as(citizen.accessToken()).get("/api/v1/waste/stations/not-a-uuid/"), 404, null);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_logs WHERE resource_id = CAST(:id AS uuid)").param("id", id)
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void bad_input_is_a_400_problem_naming_the_field_never_a_500() {
        var admin = wasteAdmin("DSCC", "12");
        var english = api.with("Accept-Language", "en");

        assertProblem(createStation(admin, Map.of("capacity_tonnes", -5)), 400, "capacity_tonnes");
        assertProblem(createStation(admin, Map.of("capacity_tonnes", "lots")), 400, "capacity_tonnes");
        assertProblem(createStation(admin, Map.of("capacity_tonnes", 12.345)), 400, "capacity_tonnes");
        assertProblem(createStation(admin, Map.of("name", " ")), 400, "name");
        assertProblem(createStation(admin, Map.of("status", "full")), 400, "status");
        assertProblem(createStation(admin, Map.of("status", "closed")), 400, "status");
        assertProblem(createStation(admin, Map.of("latitude", 23.7)), 400, "longitude");
        assertProblem(createStation(admin, Map.of("latitude", 51.5, "longitude", 0.12)), 400, "latitude");
        assertProblem(createStation(admin, Map.of("ward_number", "999")), 400, "ward_number");
        assertProblem(createStation(admin, Map.of("opens_at", "25:00")), 400, "opens_at");
        assertProblem(createStation(admin, Map.of("opens_at", "")), 400, "opens_at");
        assertProblem(createStation(admin, Map.of("clearance_interval_hours", 0)), 400, "clearance_interval_hours");
        assertProblem(createStation(admin, Map.of("clearance_interval_hours", "daily")), 400, "clearance_interval_hours");
        var unreadable = english.as(admin.accessToken()).raw("POST", "/api/v1/waste/stations/", "application/json", "{\"name\": ".getBytes());
        assertProblem(unreadable, 400, null);
        assertProblem(api.as(admin.accessToken()).get("/api/v1/waste/stations/?status=lost"), 400, "status");
        assertProblem(api.as(admin.accessToken()).get("/api/v1/waste/stations/?page=0"), 400, "page");
        assertProblem(api.get("/api/v1/waste/stations/"), 401, null);

        var explained = english.as(admin.accessToken()).post("/api/v1/waste/stations/",
                Map.of("name", "X", "location", "Y", "ward_number", "12"));
        assertProblem(explained, 400, "capacity_tonnes");
        assertThat(explained.json().get("errors").get("capacity_tonnes").get(0).asString()).isEqualTo("This field is required.");
        assertThat(jdbc.sql("SELECT count(*) FROM transfer_stations").query(Long.class).single()).isZero();
    }
}
