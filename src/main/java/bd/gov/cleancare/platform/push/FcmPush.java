package bd.gov.cleancare.platform.push;

import bd.gov.cleancare.platform.observability.ProviderErrors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Firebase Cloud Messaging HTTP v1: POST {"message": {...}} to /v1/projects/{project_id}/messages:send
 * with an OAuth 2.0 bearer token. One attempt (plus one with a new token after a 401): the event that
 * asked for the notification is retried by its listener, so waiting here would only hold a thread.
 */
final class FcmPush implements Push {

    private static final Logger log = LoggerFactory.getLogger(FcmPush.class);

    private final PushProperties properties;
    private final JsonMapper json;
    private final HttpClient http;
    private final AccessTokens tokens;
    private final URI sendUri;

    FcmPush(ServiceAccount account, PushProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.tokens = new AccessTokens(account, http, json, clock, properties.timeout());
        this.sendUri = URI.create(properties.fcmBaseUrl().replaceAll("/+$", "")
                + "/v1/projects/" + account.projectId() + "/messages:send");
    }

    @Override
    public void send(PushMessage message) {
        var body = json.writeValueAsString(Map.of("message", fcmMessage(message)));
        var token = tokens.token();
        var response = post(body, token);
        if (response.statusCode() == 401) {
            response = post(body, tokens.replace(token));
        }
        if (response.statusCode() / 100 == 2) {
            log.debug("Push to device {} accepted by FCM", message.deviceTokenTail());
            return;
        }
        throw refusal(response, message);
    }

    private static Map<String, Object> fcmMessage(PushMessage message) {
        var fcm = new LinkedHashMap<String, Object>();
        fcm.put("token", message.deviceToken());
        fcm.put("notification", Map.of("title", message.title(), "body", message.body()));
        fcm.put("data", message.data());
        // city notices are user-visible and time-sensitive, so Android should deliver them even in Doze
        fcm.put("android", Map.of("priority", "high"));
        return fcm;
    }

    private HttpResponse<String> post(String body, String accessToken) {
        var request = HttpRequest.newBuilder(sendUri)
                .timeout(properties.timeout())
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            ProviderErrors.count("fcm");
            throw new PushNotSent("FCM could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushNotSent("interrupted", e);
        }
    }

    /**
     * FCM's error is {"error": {"code", "message", "status", "details": [...]}}. Only an answer that
     * is about the token itself means the device is gone: a 404 alone can be a wrong project id,
     * and INVALID_ARGUMENT is also what a bad payload gets, and neither must make us forget good tokens.
     */
    private PushNotSent refusal(HttpResponse<String> response, PushMessage message) {
        var error = error(response.body());
        var status = error.path("status").asString("");
        var description = error.path("message").asString("");
        boolean unregistered = false;
        boolean badToken = false;
        for (var detail : error.path("details")) {
            unregistered |= "UNREGISTERED".equals(detail.path("errorCode").asString(""));
            for (var violation : detail.path("fieldViolations")) {
                badToken |= "message.token".equals(violation.path("field").asString(""));
            }
        }
        badToken |= response.statusCode() == 400 && "INVALID_ARGUMENT".equals(status)
                && description.toLowerCase().contains("registration token");
        if (unregistered || badToken) {
            return new DeviceGone("FCM no longer knows device " + message.deviceTokenTail() + ": "
                    + (unregistered ? "UNREGISTERED" : "INVALID_ARGUMENT") + " " + description);
        }
        ProviderErrors.count("fcm");
        return new PushNotSent("FCM answered " + response.statusCode() + " " + status + " " + description);
    }

    private JsonNode error(String body) {
        try {
            return json.readTree(body).path("error");
        } catch (JacksonException e) {
            return json.missingNode();
        }
    }
}
