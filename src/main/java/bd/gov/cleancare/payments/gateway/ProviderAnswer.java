package bd.gov.cleancare.payments.gateway;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A provider's JSON object answer and its HTTP status; numbers in it were read as {@link BigDecimal}, never double. */
record ProviderAnswer(int status, Map<String, Object> body) {

    // Credentials a provider might echo; they never leave the adapter in a stored response.
    private static final Set<String> SECRETS = Set.of("id_token", "refresh_token", "token", "access_token", "password",
            "passwd", "store_passwd", "store_pass", "app_key", "app_secret", "secret", "username", "private_key",
            "sensitivedata");

    ProviderAnswer {
        body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    boolean has(String key) {
        return text(key).isPresent();
    }

    /** The value at {@code key} as text, if it is a non-blank string, number or boolean. */
    Optional<String> text(String key) {
        var value = body.get(key);
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal.toPlainString());
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            var text = value.toString().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        return Optional.empty();
    }

    /** The first of {@code keys} that has text: providers name their reason differently per endpoint. */
    Optional<String> firstText(String... keys) {
        for (var key : keys) {
            var text = text(key);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    String text(String key, String otherwise) {
        return text(key).orElse(otherwise);
    }

    /** The value at {@code key} as an amount, if it is one (providers send "15", "15.00" or 15). */
    Optional<BigDecimal> amount(String key) {
        return text(key).flatMap(text -> {
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The JSON objects in the list at {@code key} (SSLCommerz's transaction query lists one per attempt). */
    @SuppressWarnings("unchecked")
    List<ProviderAnswer> objects(String key) {
        if (body.get(key) instanceof List<?> list) {
            return list.stream().filter(item -> item instanceof Map<?, ?>)
                    .map(item -> new ProviderAnswer(status, (Map<String, Object>) item)).toList();
        }
        return List.of();
    }

    /** The answer as it may be stored: everything but credentials. */
    Map<String, Object> withoutSecrets() {
        return withoutSecrets(body);
    }

    static Map<String, Object> withoutSecrets(Map<String, ?> map) {
        var kept = new LinkedHashMap<String, Object>();
        map.forEach((key, value) -> {
            if (!SECRETS.contains(key.toLowerCase(Locale.ROOT))) {
                kept.put(key, clean(value));
            }
        });
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static Object clean(Object value) {
        if (value instanceof Map<?, ?> map) {
            return withoutSecrets((Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ProviderAnswer::clean).toList();
        }
        return value;
    }
}
