package bd.gov.cleancare.platform.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.cleancare.support.MutableClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The FCM adapter against a local fake of Google's token endpoint and the FCM HTTP v1 send method. */
class FcmPushTest {

    private static final String SEND = "/v1/projects/" + FakeServiceAccount.PROJECT_ID + "/messages:send";
    private static final String DEVICE = "fK3x9QpLr0s:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx7sP2kL9vQ2mN8hT3cVwX4yZ5a6B7c8D9eF0gH1iJ2kL3mN4oP5qR6sT7uV8wX9yZ0_DHAKA1";
    private static final Instant NOW = Instant.parse("2026-03-01T04:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();
    private final MutableClock clock = new MutableClock();
    private WireMockServer google;
    private Push push;

    @BeforeEach
    void start() {
        google = new WireMockServer(wireMockConfig().dynamicPort());
        google.start();
        clock.set(NOW);
        var properties = new PushProperties("fcm", FakeServiceAccount.json(google.baseUrl() + "/token"), null,
                google.baseUrl(), Duration.ofMillis(500));
        push = new FcmPush(ServiceAccount.of(properties, json), properties, json, clock);
    }

    @AfterEach
    void stop() {
        google.stop();
    }

    @Test
    void the_token_request_is_a_jwt_bearer_grant_signed_with_the_service_account_key() throws Exception {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(accepted()));

        push.send(aMessage());

        var requests = google.findAll(postRequestedFor(urlEqualTo("/token")));
        assertThat(requests).hasSize(1);
        assertThat(requests.getFirst().getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        var form = form(requests.getFirst().getBodyAsString());
        assertThat(form).containsOnlyKeys("grant_type", "assertion")
                .containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");

        var assertion = SignedJWT.parse(form.get("assertion"));
        assertThat(assertion.verify(new RSASSAVerifier(FakeServiceAccount.publicKey()))).isTrue();
        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(assertion.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(assertion.getHeader().getKeyID()).isEqualTo(FakeServiceAccount.KEY_ID);
        var claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(FakeServiceAccount.CLIENT_EMAIL);
        assertThat(claims.getStringClaim("scope")).isEqualTo("https://www.googleapis.com/auth/firebase.messaging");
        assertThat(claims.getAudience()).containsExactly(google.baseUrl() + "/token");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        // Google's example claim set carries aud as a plain string
        assertThat(assertion.getPayload().toJSONObject().get("aud")).isEqualTo(google.baseUrl() + "/token");
    }

    @Test
    void the_message_is_posted_with_the_bearer_token_and_the_documented_body() {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(accepted()));

        push.send(new PushMessage(DEVICE, "অভিযোগ সমাধান হয়েছে", "আপনার অভিযোগ CC-2026-000123 সমাধান করা হয়েছে",
                Map.of("tracking_number", "CC-2026-000123", "status", "resolved")));

        google.verify(1, postRequestedFor(urlEqualTo(SEND))
                .withHeader("Authorization", equalTo("Bearer ya29.first"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"message": {
                          "token": "%s",
                          "notification": {"title": "অভিযোগ সমাধান হয়েছে", "body": "আপনার অভিযোগ CC-2026-000123 সমাধান করা হয়েছে"},
                          "data": {"tracking_number": "CC-2026-000123", "status": "resolved"},
                          "android": {"priority": "high"}
                        }}""".formatted(DEVICE))));
    }

    @Test
    void the_token_is_reused_and_renewed_once_the_clock_passes_its_expiry() {
        google.stubFor(token().inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(accessToken("ya29.first")).willSetStateTo("issued"));
        google.stubFor(token().inScenario("tokens").whenScenarioStateIs("issued").willReturn(accessToken("ya29.second")));
        google.stubFor(send().willReturn(accepted()));

        push.send(aMessage());
        clock.advance(Duration.ofMinutes(50));
        push.send(aMessage());

        google.verify(1, postRequestedFor(urlEqualTo("/token")));
        google.verify(2, postRequestedFor(urlEqualTo(SEND)).withHeader("Authorization", equalTo("Bearer ya29.first")));

        clock.advance(Duration.ofMinutes(10));
        push.send(aMessage());

        google.verify(2, postRequestedFor(urlEqualTo("/token")));
        google.verify(1, postRequestedFor(urlEqualTo(SEND)).withHeader("Authorization", equalTo("Bearer ya29.second")));
    }

    @Test
    void a_401_gets_a_new_token_and_one_retry() {
        google.stubFor(token().inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(accessToken("ya29.revoked")).willSetStateTo("issued"));
        google.stubFor(token().inScenario("tokens").whenScenarioStateIs("issued").willReturn(accessToken("ya29.second")));
        google.stubFor(send().withHeader("Authorization", equalTo("Bearer ya29.revoked")).willReturn(unauthenticated()));
        google.stubFor(send().withHeader("Authorization", equalTo("Bearer ya29.second")).willReturn(accepted()));

        push.send(aMessage());

        google.verify(2, postRequestedFor(urlEqualTo("/token")));
        google.verify(2, postRequestedFor(urlEqualTo(SEND)));

        push.send(aMessage());

        google.verify(2, postRequestedFor(urlEqualTo("/token")));
        google.verify(2, postRequestedFor(urlEqualTo(SEND)).withHeader("Authorization", equalTo("Bearer ya29.second")));
    }

    @Test
    void a_second_401_is_reported_not_retried_again() {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(unauthenticated()));

        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(PushNotSent.class).isNotInstanceOf(DeviceGone.class)
                .hasMessageContaining("401");
        google.verify(2, postRequestedFor(urlEqualTo("/token")));
        google.verify(2, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void an_unregistered_token_means_the_device_is_gone() {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(fcmError(404, """
                {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND",
                  "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED"}]}}""")));

        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(DeviceGone.class)
                .hasMessageContaining("UNREGISTERED").hasMessageContaining("DHAKA1").hasMessageNotContaining(DEVICE);
        google.verify(1, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void a_token_fcm_calls_invalid_means_the_device_is_gone() {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(fcmError(400, """
                {"error": {"code": 400, "message": "The registration token is not a valid FCM registration token",
                  "status": "INVALID_ARGUMENT",
                  "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "INVALID_ARGUMENT"}]}}""")));

        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(DeviceGone.class);
    }

    @Test
    void an_invalid_payload_is_not_blamed_on_the_device() {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(fcmError(400, """
                {"error": {"code": 400, "message": "Invalid value at 'message.data[0].value' (TYPE_STRING), 12",
                  "status": "INVALID_ARGUMENT",
                  "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": [{"field": "message.data[0].value",
                      "description": "Invalid value at 'message.data[0].value' (TYPE_STRING), 12"}]}]}}""")));

        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(PushNotSent.class).isNotInstanceOf(DeviceGone.class)
                .hasMessageContaining("INVALID_ARGUMENT");
    }

    @Test
    void a_404_that_is_not_about_the_token_is_not_blamed_on_the_device() {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(fcmError(404, """
                {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}}""")));

        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(PushNotSent.class).isNotInstanceOf(DeviceGone.class);
    }

    @Test
    void a_server_error_is_reported_without_retrying() {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(fcmError(500, """
                {"error": {"code": 500, "message": "Internal error encountered.", "status": "INTERNAL"}}""")));

        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(PushNotSent.class).isNotInstanceOf(DeviceGone.class)
                .hasMessageContaining("500");
        google.verify(1, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void a_quota_refusal_is_reported_without_retrying() {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(fcmError(429, """
                {"error": {"code": 429, "message": "Quota exceeded.", "status": "RESOURCE_EXHAUSTED",
                  "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "QUOTA_EXCEEDED"}]}}""")
                .withHeader("Retry-After", "60")));

        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(PushNotSent.class).isNotInstanceOf(DeviceGone.class)
                .hasMessageContaining("429");
        google.verify(1, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void an_answer_that_is_not_json_is_still_a_refusal() {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(PushNotSent.class).hasMessageContaining("502");
    }

    @Test
    void fcm_that_hangs_times_out() {
        google.stubFor(token().willReturn(accessToken("ya29.first")));
        google.stubFor(send().willReturn(accepted().withFixedDelay(3000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(PushNotSent.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_token_endpoint_that_hangs_times_out() {
        google.stubFor(token().willReturn(accessToken("ya29.first").withFixedDelay(3000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(PushNotSent.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        google.verify(0, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void a_refused_token_request_is_reported_and_nothing_is_sent() {
        google.stubFor(token().willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"invalid_grant\", \"error_description\": \"Invalid JWT Signature.\"}")));

        assertThatThrownBy(() -> push.send(aMessage())).isInstanceOf(PushNotSent.class).isNotInstanceOf(DeviceGone.class)
                .hasMessageContaining("invalid_grant");
        google.verify(0, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void concurrent_sends_share_one_token_request() throws Exception {
        google.stubFor(token().willReturn(accessToken("ya29.first").withFixedDelay(200)));
        google.stubFor(send().willReturn(accepted()));

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var sends = new ArrayList<Future<?>>();
            for (int i = 0; i < 8; i++) {
                sends.add(threads.submit(() -> push.send(aMessage())));
            }
            for (var send : sends) {
                send.get();
            }
        }

        google.verify(1, postRequestedFor(urlEqualTo("/token")));
        google.verify(8, postRequestedFor(urlEqualTo(SEND)).withHeader("Authorization", equalTo("Bearer ya29.first")));
    }

    private static PushMessage aMessage() {
        return new PushMessage(DEVICE, "বর্জ্য সংগ্রহ", "আজ সন্ধ্যা ৬টায় আপনার এলাকায় গাড়ি আসবে");
    }

    private static MappingBuilder token() {
        return post(urlEqualTo("/token"));
    }

    private static MappingBuilder send() {
        return post(urlEqualTo(SEND));
    }

    private static ResponseDefinitionBuilder accessToken(String value) {
        return okJson("{\"access_token\": \"" + value + "\", \"expires_in\": 3599, \"token_type\": \"Bearer\"}");
    }

    private static ResponseDefinitionBuilder accepted() {
        return okJson("{\"name\": \"projects/" + FakeServiceAccount.PROJECT_ID + "/messages/0:1500415314455276%31bd1c9631bd1c96\"}");
    }

    private static ResponseDefinitionBuilder unauthenticated() {
        return fcmError(401, """
                {"error": {"code": 401, "message": "Request had invalid authentication credentials.", "status": "UNAUTHENTICATED"}}""");
    }

    private static ResponseDefinitionBuilder fcmError(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body);
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
