package bd.gov.cleancare.platform.sms;

import bd.gov.cleancare.platform.observability.ProviderErrors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed's gateway contract: POST JSON {"phone", "message", "api_key"} to SMS_API_URL; any 2xx
 * is accepted. Network failures and 5xx are retried; 4xx is the gateway's final word.
 */
final class HttpSms implements Sms {

    private static final Logger log = LoggerFactory.getLogger(HttpSms.class);

    private final SmsProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    HttpSms(SmsProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Override
    public void send(String phone, String text) {
        var body = json.writeValueAsString(Map.of("phone", phone, "message", text, "api_key", properties.apiKey()));
        var request = HttpRequest.newBuilder(URI.create(properties.apiUrl()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Exception last = null;
        for (int attempt = 0; attempt <= properties.retries(); attempt++) {
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    return;
                }
                last = new IOException("gateway answered " + response.statusCode());
                if (response.statusCode() < 500) {
                    break;
                }
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SmsNotSent("interrupted", e);
            }
            log.warn("SMS attempt {} to the gateway failed: {}", attempt + 1, last.getMessage());
            pause(attempt);
        }
        ProviderErrors.count("sms");
        throw new SmsNotSent("the SMS gateway did not accept the message", last);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * (attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
