package bd.gov.cleancare.geography;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import org.junit.jupiter.api.Test;

class GeographyTest extends ApiTest {

    @Test
    void dhaka_has_two_city_corporations_with_their_zones_and_wards_public_for_sign_up() {
        var corporations = api.get("/api/v1/geo/city-corporations/");
        var dsccWards = api.get("/api/v1/geo/city-corporations/DSCC/wards/");
        var dnccWards = api.get("/api/v1/geo/city-corporations/dncc/wards");
        var dsccZones = api.get("/api/v1/geo/city-corporations/DSCC/zones/");

        assertThat(corporations.status()).isEqualTo(200);
        assertThat(corporations.json().get("results").valueStream().map(c -> c.get("code").asString()))
                .containsExactlyInAnyOrder("DSCC", "DNCC");
        assertThat(corporations.json().get("results").get(0).get("name_bn").asString()).isNotBlank();
        assertThat(dsccWards.json().get("count").asInt()).isEqualTo(75);
        assertThat(dnccWards.json().get("count").asInt()).isEqualTo(54);
        assertThat(dsccZones.json().get("count").asInt()).isEqualTo(10);
        var firstWard = dsccWards.json().get("results").get(0);
        assertThat(firstWard.get("ward_number").asString()).isEqualTo("1");
        assertThat(firstWard.get("name_bn").asString()).contains("ওয়ার্ড");
        assertThat(firstWard.get("name_en").asString()).contains("Ward");
    }

    @Test
    void the_wards_of_one_zone_can_be_listed() {
        var zone1 = api.get("/api/v1/geo/city-corporations/DNCC/wards/?zone=1");

        assertThat(zone1.json().get("count").asInt()).isPositive().isLessThan(54);
        assertThat(zone1.json().get("results").valueStream().allMatch(w -> w.get("zone_number").asInt() == 1)).isTrue();
    }

    @Test
    void an_unknown_corporation_is_404() {
        assertThat(api.get("/api/v1/geo/city-corporations/CTG/wards/").status()).isEqualTo(404);
    }
}
