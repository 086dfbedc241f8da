package bd.gov.cleancare.payments.gateway;

import bd.gov.cleancare.platform.observability.ProviderErrors;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to one provider and its JSON answers. A network error, a timeout, a 5xx or a body that is
 * not a JSON object is no answer at all: {@link GatewayUnavailable}. Anything else (4xx included) is
 * handed to the adapter, which knows what the provider's fields mean.
 */
final class JsonExchange {

    private static final Logger log = LoggerFactory.getLogger(JsonExchange.class);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final String provider;
    private final HttpClient http;
    private final JsonMapper json;
    private final Duration timeout;

    JsonExchange(String provider, HttpClient http, JsonMapper json, Duration timeout) {
        this.provider = provider;
        this.http = http;
        // money arrives as JSON numbers from some providers: read it exactly
        this.json = json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        this.timeout = timeout;
    }

    /** Sends once: for calls that start, move or return money, which are never repeated on our own. */
    ProviderAnswer call(HttpRequest.Builder request) {
        try {
            return exchange(request.timeout(timeout).build());
        } catch (GatewayUnavailable failed) {
            ProviderErrors.count(provider);
            throw failed;
        }
    }

    /** Asks, and asks once more if no usable answer came: only for lookups, which change nothing. */
    ProviderAnswer ask(HttpRequest.Builder request) {
        var built = request.timeout(timeout).build();
        try {
            return exchange(built);
        } catch (GatewayUnavailable first) {
            log.warn("{} gave no usable answer, asking once more: {}", provider, first.getMessage());
            try {
                return exchange(built);
            } catch (GatewayUnavailable again) {
                ProviderErrors.count(provider);
                throw again;
            }
        }
    }

    String write(Map<String, ?> value) {
        return json.writeValueAsString(value);
    }

    /** A JSON object the provider sent inside its answer (Nagad's decrypted sensitiveData). */
    Map<String, Object> readObject(String text) {
        try {
            var object = json.readValue(text, OBJECT);
            if (object == null) {
                throw new GatewayUnavailable(provider + " sent an empty object");
            }
            return object;
        } catch (JacksonException e) {
            throw new GatewayUnavailable(provider + " sent data that is not a JSON object", e);
        }
    }

    private ProviderAnswer exchange(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GatewayUnavailable(provider + " could not be reached: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailable("interrupted while waiting for " + provider, e);
        }
        if (response.statusCode() >= 500) {
            throw new GatewayUnavailable(provider + " answered HTTP " + response.statusCode());
        }
        try {
            var body = json.readValue(response.body(), OBJECT);
            if (body == null) {
                throw new GatewayUnavailable(provider + " answered HTTP " + response.statusCode() + " with no body");
            }
            return new ProviderAnswer(response.statusCode(), body);
        } catch (JacksonException e) {
            throw new GatewayUnavailable(provider + " answered HTTP " + response.statusCode() + " with a body that is not a JSON object", e);
        }
    }
}
