package bd.gov.cleancare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostileInputTest extends ApiTest {

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("error").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isEqualTo(body.get("error").asString());
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("at bd.gov").doesNotContain("springframework");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        assertProblem(api.raw("POST", "/api/v1/auth/login/", "application/json", "{\"phone\": ".getBytes()), 400);
        assertProblem(api.raw("POST", "/api/v1/auth/login/", "application/json", "[1,2,3]".getBytes()), 400);
        assertProblem(api.raw("POST", "/api/v1/auth/login/", "application/json", "null".getBytes()), 400);
        assertProblem(api.raw("POST", "/api/v1/auth/login/", "application/json", new byte[0]), 400);
        assertProblem(api.raw("POST", "/api/v1/auth/login/", "application/json", new byte[] {(byte) 0xff, (byte) 0xfe, 0}), 400);
    }

    @Test
    void a_header_value_the_firewall_refuses_is_a_400_problem() throws Exception {
        var citizen = citizen();
        var body = "{\"title\":\"t\",\"description\":\"d\",\"category\":\"roads\",\"location\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        // a Bengali key sent as raw UTF-8 (as curl does): the server reads header bytes as ISO-8859-1, which
        // makes C1 control characters of them; the HTTP client of the tests would not send such bytes
        var head = "POST /api/v1/complaints/ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + citizen.accessToken()
                + "\r\nContent-Type: application/json\r\nAccept-Language: en\r\nConnection: close\r\nContent-Length: " + body.length
                + "\r\nIdempotency-Key: ";
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            var out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write("কী-১".getBytes(StandardCharsets.UTF_8));
            out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"status\":400")
                    .doesNotContain("Exception").doesNotContain("at bd.gov");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM complaints").query(Long.class).single()).isZero();
    }

    @Test
    void wrong_types_are_a_400_naming_the_field() {
        var response = api.post("/api/v1/auth/register/", "{\"phone\": {\"nested\": true}, \"name\": \"x\", \"password\": \"12345678\"}");

        assertProblem(response, 400);
        assertThat(response.json().get("errors").has("phone")).isTrue();
    }

    @Test
    void a_wrong_type_in_an_update_flag_is_a_400() {
        var me = citizen();

        var response = api.as(me.accessToken()).put("/api/v1/users/profile/", "{\"is_active\": \"maybe\"}");

        assertProblem(response, 400);
        assertThat(response.json().get("errors").has("is_active")).isTrue();
    }

    @Test
    void an_unknown_route_a_wrong_method_and_a_wrong_media_type_are_problems() {
        var signedIn = api.as(citizen().accessToken());
        assertProblem(signedIn.get("/api/v1/nothing-here/"), 404);
        assertProblem(api.get("/api/v1/nothing-here/"), 401);
        assertProblem(api.get("/api/v1/auth/login/"), 405);
        assertProblem(api.raw("POST", "/api/v1/auth/login/", "text/plain", "phone=1".getBytes()), 415);
    }

    @Test
    void an_oversized_body_is_a_413_problem() {
        var huge = "{\"phone\": \"" + "1".repeat(2 * 1024 * 1024) + "\"}";

        assertProblem(api.raw("POST", "/api/v1/auth/login/", "application/json", huge.getBytes(StandardCharsets.UTF_8)), 413);
    }

    @Test
    void messages_are_bengali_by_default_and_english_on_request() {
        var bengali = api.post("/api/v1/auth/login/", Map.of("phone", newPhone(), "password", "whatever1"));
        var english = api.with("Accept-Language", "en-US,en;q=0.9").post("/api/v1/auth/login/", Map.of("phone", newPhone(), "password", "whatever1"));
        var french = api.with("Accept-Language", "fr").post("/api/v1/auth/login/", Map.of("phone", newPhone(), "password", "whatever1"));
        var garbage = api.with("Accept-Language", ";;;=").post("/api/v1/auth/login/", Map.of("phone", newPhone(), "password", "whatever1"));

        assertThat(bengali.json().get("error").asString()).isEqualTo("ফোন নম্বর অথবা পাসওয়ার্ড সঠিক নয়।");
        assertThat(english.json().get("error").asString()).isEqualTo("The phone number or password is not correct.");
        assertThat(french.json().get("error").asString()).isEqualTo(bengali.json().get("error").asString());
        assertThat(garbage.status()).isEqualTo(401);
    }

    @Test
    void validation_problems_list_every_field_in_the_callers_language() {
        var response = api.with("Accept-Language", "en").post("/api/v1/auth/register/", Map.of());

        assertProblem(response, 400);
        var errors = response.json().get("errors");
        assertThat(errors.has("phone")).isTrue();
        assertThat(errors.has("name")).isTrue();
        assertThat(errors.has("password")).isTrue();
        assertThat(errors.get("name").get(0).asString()).isEqualTo("This field is required.");
    }

    @Test
    void routes_answer_with_and_without_the_trailing_slash() {
        var account = citizen();

        assertThat(api.as(account.accessToken()).get("/api/v1/auth/me/").status()).isEqualTo(200);
        assertThat(api.as(account.accessToken()).get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me/").status()).isEqualTo(401);
    }

    @Test
    void every_response_carries_a_request_id_and_a_problem_repeats_it() {
        var ok = api.get("/api/v1/geo/city-corporations/");
        var problem = api.with("X-Request-Id", "trace-abc-12345").get("/api/v1/users/");

        assertThat(ok.header("X-Request-Id")).isNotBlank();
        assertThat(problem.header("X-Request-Id")).isEqualTo("trace-abc-12345");
        assertThat(problem.json().get("request_id").asString()).isEqualTo("trace-abc-12345");
        assertThat(api.with("X-Request-Id", "bad id <script> 1").get("/api/v1/geo/city-corporations/").header("X-Request-Id"))
                .doesNotContain("script");
    }

    @Test
    void sql_and_markup_in_text_fields_are_stored_as_text() {
        var phone = newPhone();
        var name = "Robert'); DROP TABLE users;-- <script>alert(1)</script>";

        var response = api.post("/api/v1/auth/register/", Map.of("phone", phone, "name", name, "password", PASSWORD));

        assertThat(response.status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT name FROM users WHERE phone = :p").param("p", phone).query(String.class).single()).isEqualTo(name);
    }
}
