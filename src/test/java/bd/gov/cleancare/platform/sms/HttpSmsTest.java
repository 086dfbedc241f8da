package bd.gov.cleancare.platform.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP adapter against a local fake of the seed's gateway contract. */
class HttpSmsTest {

    private WireMockServer gateway;
    private Sms sms;

    @BeforeEach
    void start() {
        gateway = new WireMockServer(wireMockConfig().dynamicPort());
        gateway.start();
        var properties = new SmsProperties("http", gateway.baseUrl() + "/api/send", "key-123", Duration.ofMillis(500), 2);
        sms = new HttpSms(properties, JsonMapper.builder().build());
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    @Test
    void it_posts_phone_message_and_api_key_as_json() {
        gateway.stubFor(post("/api/send").willReturn(aResponse().withStatus(200).withBody("{\"status\":\"ok\"}")));

        sms.send("+8801712345678", "আপনার কোড 123456");

        gateway.verify(1, postRequestedFor(urlEqualTo("/api/send"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(equalToJson("{\"phone\":\"+8801712345678\",\"message\":\"আপনার কোড 123456\",\"api_key\":\"key-123\"}")));
    }

    @Test
    void a_server_error_is_retried_until_the_gateway_accepts() {
        gateway.stubFor(post("/api/send").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        gateway.stubFor(post("/api/send").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));

        sms.send("+8801712345678", "hello");

        gateway.verify(2, postRequestedFor(urlEqualTo("/api/send")));
    }

    @Test
    void a_gateway_that_keeps_failing_is_reported_after_the_retries() {
        gateway.stubFor(post("/api/send").willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> sms.send("+8801712345678", "hello")).isInstanceOf(SmsNotSent.class);
        gateway.verify(3, postRequestedFor(urlEqualTo("/api/send")));
    }

    @Test
    void a_refusal_is_not_retried() {
        gateway.stubFor(post("/api/send").willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> sms.send("+8801712345678", "hello")).isInstanceOf(SmsNotSent.class);
        gateway.verify(1, postRequestedFor(urlEqualTo("/api/send")));
    }

    @Test
    void a_gateway_that_hangs_times_out() {
        gateway.stubFor(post("/api/send").willReturn(aResponse().withStatus(200).withFixedDelay(2000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> sms.send("+8801712345678", "hello")).isInstanceOf(SmsNotSent.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }
}
