package bd.gov.cleancare.platform.observability;

import io.micrometer.core.instrument.Metrics;

/**
 * Counts calls to outside providers (SMS gateway, FCM, bKash, Nagad, SSLCommerz) that failed after
 * their retries, as cleancare_provider_errors_total{provider}. The adapters are plain objects built
 * by configuration, so they count through Micrometer's global registry, which Spring Boot feeds to
 * the Prometheus endpoint.
 */
public final class ProviderErrors {

    private ProviderErrors() {
    }

    public static void count(String provider) {
        Metrics.counter("cleancare.provider.errors", "provider", provider.toLowerCase(java.util.Locale.ROOT)).increment();
    }
}
