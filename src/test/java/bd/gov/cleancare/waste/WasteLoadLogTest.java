package bd.gov.cleancare.waste;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.Http;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A station's load is what its log of arrivals and departures says, however many trucks are logged at once. */
class WasteLoadLogTest extends WasteFixtures {

    @Test
    void the_load_follows_from_the_logged_arrivals_and_departures() {
        var admin = wasteAdmin("DSCC", "12");
        var station = station(admin, Map.of());

        logged(admin, station, "arrival", 12.5);
        logged(admin, station, "আগমন", "7.50");
        var departure = logged(admin, station, "departure", 15);

        assertThat(departure.get("direction").asString()).isEqualTo("প্রস্থান");
        assertThat(departure.get("direction_code").asString()).isEqualTo("departure");
        assertThat(departure.get("load_after_tonnes").decimalValue()).isEqualByComparingTo("5");
        assertThat(departure.get("vehicle_number").asString()).isEqualTo("ঢাকা মেট্রো-ট ১১-২২৩৩");
        assertThat(departure.get("logged_by").asString()).isEqualTo(admin.id().toString());
        var seen = get(admin, "/api/v1/waste/stations/" + station);
        assertThat(seen.get("current_load_tonnes").decimalValue()).isEqualByComparingTo("5");
        assertThat(seen.get("utilisation_percent").decimalValue()).isEqualByComparingTo("5.0");
        assertThat(seen.get("last_cleared_at").asString()).isNotBlank();
        var log = get(admin, "/api/v1/waste/stations/" + station + "/loads/");
        assertThat(log.get("count").asInt()).isEqualTo(3);
        assertThat(log.get("results").valueStream().map(e -> e.get("load_after_tonnes").decimalValue().stripTrailingZeros().toPlainString()))
                .containsExactly("5", "20", "12.5");
        assertThat(get(admin, "/api/v1/waste/stations/" + station + "/loads/?direction=arrival&page_size=1").get("next").asString())
                .contains("page=2");
    }

    @Test
    void a_departure_larger_than_the_load_is_refused_and_changes_nothing() {
        var admin = wasteAdmin("DSCC", "12");
        var station = station(admin, Map.of());
        logged(admin, station, "arrival", 5);

        var refused = api.as(admin.accessToken()).with("Accept-Language", "en").post("/api/v1/waste/stations/" + station + "/loads/",
                Map.of("direction", "departure", "vehicle_number", "DM-TA 11-2233", "tonnes", 8));

        assertProblem(refused, 409, null);
        assertThat(refused.json().get("error").asString()).isEqualTo("The station holds 5 tonnes now; a departure of 8 tonnes cannot be logged.");
        assertThat(load(station)).isEqualByComparingTo("5");
        assertThat(jdbc.sql("SELECT count(*) FROM transfer_station_loads").query(Long.class).single()).isEqualTo(1);
        assertThat(logged(admin, station, "departure", 5).get("load_after_tonnes").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void concurrent_entries_neither_lose_tonnes_nor_drive_the_load_below_zero() throws Exception {
        var admin = wasteAdmin("DSCC", "12");
        var station = station(admin, Map.of("capacity_tonnes", 10_000));
        logged(admin, station, "arrival", 20);
        // Departures outweigh arrivals (130 t against 20 + 65 t), so at least seven of them must be refused.
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Future<Http.Response>>();
        try (var threads = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 40; i++) {
                var direction = i % 2 == 0 ? "arrival" : "departure";
                var tonnes = i % 2 == 0 ? new BigDecimal("3.25") : new BigDecimal("6.50");
                calls.add(threads.submit(() -> {
                    start.await();
                    return log(admin, station, direction, tonnes);
                }));
            }
            start.countDown();
        }

        var expected = new BigDecimal("20");
        int refused = 0;
        for (var call : calls) {
            var response = call.get();
            if (response.status() == 201) {
                var entry = response.json();
                var tonnes = entry.get("tonnes").decimalValue();
                expected = "arrival".equals(entry.get("direction_code").asString()) ? expected.add(tonnes) : expected.subtract(tonnes);
            } else {
                assertProblem(response, 409, null);
                refused++;
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(7);
        assertThat(load(station)).isEqualByComparingTo(expected);
        assertThat(jdbc.sql("""
                SELECT sum(CASE direction WHEN 'আগমন' THEN tonnes ELSE -tonnes END) FROM transfer_station_loads
                 WHERE station_id = CAST(:id AS uuid)""").param("id", station).query(BigDecimal.class).single())
                .isEqualByComparingTo(expected);
        // In the order they were taken in, each entry moved the load by its tonnes and never below zero.
        var chain = jdbc.sql("""
                SELECT load_after_tonnes - lag(load_after_tonnes, 1, 0::numeric) OVER (ORDER BY seq)
                       - CASE direction WHEN 'আগমন' THEN tonnes ELSE -tonnes END AS drift, load_after_tonnes
                  FROM transfer_station_loads WHERE station_id = CAST(:id AS uuid) ORDER BY seq""")
                .param("id", station).query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).list();
        assertThat(chain).hasSize(41 - refused);
        assertThat(chain).allSatisfy(row -> {
            assertThat(row[0]).isEqualByComparingTo("0");
            assertThat(row[1].signum()).isNotNegative();
        });
        assertThat(chain.getLast()[1]).isEqualByComparingTo(expected);
    }

    @Test
    void throughput_counts_tonnes_in_and_out_per_dhaka_day() {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));  // 18:00 in Dhaka
        var admin = wasteAdmin("DSCC", "12");
        var station = station(admin, Map.of());
        var loads = "/api/v1/waste/stations/" + station + "/loads/";
        assertThat(api.as(admin.accessToken()).post(loads, Map.of("direction", "arrival", "vehicle_number", "DM-TA 1",
                "tonnes", 10, "logged_at", "2026-03-09T23:30:00+06:00")).status()).isEqualTo(201);
        assertThat(api.as(admin.accessToken()).post(loads, Map.of("direction", "arrival", "vehicle_number", "DM-TA 2",
                "tonnes", 5, "logged_at", "2026-03-10T00:30")).status()).isEqualTo(201);
        logged(admin, station, "departure", 8);

        var throughput = get(admin, "/api/v1/waste/stations/" + station + "/throughput/?from=2026-03-08&to=2026-03-10");

        var days = throughput.get("days");
        assertThat(days.size()).isEqualTo(3);
        assertThat(days.get(0).get("date").asString()).isEqualTo("2026-03-08");
        assertThat(days.get(0).get("arrived_tonnes").decimalValue()).isEqualByComparingTo("0");
        assertThat(days.get(1).get("arrived_tonnes").decimalValue()).isEqualByComparingTo("10");
        assertThat(days.get(1).get("arrivals").asInt()).isEqualTo(1);
        assertThat(days.get(2).get("arrived_tonnes").decimalValue()).isEqualByComparingTo("5");
        assertThat(days.get(2).get("departed_tonnes").decimalValue()).isEqualByComparingTo("8");
        assertThat(throughput.get("arrived_tonnes").decimalValue()).isEqualByComparingTo("15");
        assertThat(throughput.get("departed_tonnes").decimalValue()).isEqualByComparingTo("8");
        var lastWeek = get(admin, "/api/v1/waste/stations/" + station + "/throughput/");
        assertThat(lastWeek.get("from").asString()).isEqualTo("2026-03-04");
        assertThat(lastWeek.get("days").size()).isEqualTo(7);
        var newestFirst = get(admin, loads).get("results");
        assertThat(newestFirst.valueStream().map(e -> e.get("vehicle_number").asString()))
                .containsExactly("ঢাকা মেট্রো-ট ১১-২২৩৩", "DM-TA 2", "DM-TA 1");
        assertThat(get(admin, loads + "?from=2026-03-10").get("count").asInt()).isEqualTo(2);

        var throughputOf = "/api/v1/waste/stations/" + station + "/throughput/";
        assertProblem(api.as(admin.accessToken()).get(throughputOf + "?from=2024-01-01&to=2026-03-10"), 400, "to");
        assertProblem(api.as(admin.accessToken()).get(throughputOf + "?from=yesterday"), 400, "from");
        assertProblem(api.as(admin.accessToken()).post(loads, Map.of("direction", "arrival", "vehicle_number", "X", "tonnes", 1,
                "logged_at", "2026-03-11T09:00:00+06:00")), 400, "logged_at");
        assertProblem(api.as(admin.accessToken()).post(loads, Map.of("direction", "arrival", "vehicle_number", "X", "tonnes", 1,
                "logged_at", "2026-02-01T09:00:00+06:00")), 400, "logged_at");
        assertProblem(api.as(admin.accessToken()).post(loads, Map.of("direction", "arrival", "vehicle_number", "X", "tonnes", 1,
                "logged_at", "last tuesday")), 400, "logged_at");
    }

    @Test
    void only_waste_staff_of_the_ward_log_loads_and_read_the_log() {
        var admin12 = wasteAdmin("DSCC", "12");
        var admin13 = wasteAdmin("DSCC", "13");
        var superAdmin = staff("super_admin", null);
        var citizen = citizen();
        var station = station(admin12, Map.of());

        assertProblem(log(admin13, station, "arrival", 5), 403, null);
        assertProblem(log(citizen, station, "arrival", 5), 403, null);
        assertProblem(api.as(citizen.accessToken()).get("/api/v1/waste/stations/" + station + "/loads/"), 403, null);
        assertProblem(api.as(admin13.accessToken()).get("/api/v1/waste/stations/" + station + "/throughput/"), 403, null);
        assertProblem(log(admin12, "00000000-0000-0000-0000-000000000000", "arrival", 5), 404, null);
        logged(superAdmin, station, "arrival", 5);
        assertThat(load(station)).isEqualByComparingTo("5");
    }

    @Test
    void a_station_under_maintenance_takes_no_waste_but_may_still_be_cleared() {
        var admin = wasteAdmin("DSCC", "12");
        var station = station(admin, Map.of());
        logged(admin, station, "arrival", 40);
        api.as(admin.accessToken()).put("/api/v1/waste/stations/" + station + "/", Map.of("status", "maintenance"));

        assertProblem(log(admin, station, "arrival", 5), 409, null);
        assertThat(logged(admin, station, "departure", 40).get("load_after_tonnes").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void a_bad_load_is_a_400_naming_the_field() {
        var admin = wasteAdmin("DSCC", "12");
        var station = station(admin, Map.of());
        var loads = "/api/v1/waste/stations/" + station + "/loads/";

        assertProblem(log(admin, station, "sideways", 5), 400, "direction");
        assertProblem(log(admin, station, "arrival", 0), 400, "tonnes");
        assertProblem(log(admin, station, "arrival", -3), 400, "tonnes");
        assertProblem(log(admin, station, "arrival", 501), 400, "tonnes");
        assertProblem(log(admin, station, "arrival", "heavy"), 400, "tonnes");
        assertProblem(api.as(admin.accessToken()).post(loads, Map.of("direction", "arrival", "tonnes", 5)), 400, "vehicle_number");
        assertProblem(api.as(admin.accessToken()).post(loads, Map.of("direction", "arrival", "vehicle_number", "X")), 400, "tonnes");
        assertThat(load(station)).isEqualByComparingTo("0");
    }
}
