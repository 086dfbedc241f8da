package bd.gov.cleancare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import org.junit.jupiter.api.Test;

class OpenApiTest extends ApiTest {

    @Test
    void the_openapi_document_covers_the_routes_with_their_shapes() {
        var document = api.get("/api/openapi.json");

        assertThat(document.status()).isEqualTo(200);
        var paths = document.json().get("paths");
        assertThat(paths.has("/api/v1/auth/register/")).isTrue();
        assertThat(paths.has("/api/v1/auth/verify-otp/")).isTrue();
        assertThat(paths.has("/api/v1/users/{id}/")).isTrue();
        assertThat(paths.has("/api/v1/geo/city-corporations/{code}/wards/")).isTrue();
        assertThat(paths.get("/api/v1/auth/register/").get("post").get("requestBody")).isNotNull();
        assertThat(document.json().get("components").get("securitySchemes").has("bearer")).isTrue();
        var dashboardFilters = new java.util.ArrayList<String>();
        paths.get("/api/v1/dashboard/deadlines/").get("get").get("parameters").forEach(p -> dashboardFilters.add(p.get("name").asString()));
        assertThat(dashboardFilters).containsExactlyInAnyOrder("from", "to", "city_corporation", "ward_number");
    }

    @Test
    void the_api_docs_page_and_health_probes_are_served() {
        assertThat(api.get("/api/docs").status()).isIn(200, 302);
        assertThat(api.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/prometheus").text()).contains("http_server_requests");
    }
}
