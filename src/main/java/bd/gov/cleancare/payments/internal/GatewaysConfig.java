package bd.gov.cleancare.payments.internal;

import bd.gov.cleancare.payments.gateway.BkashGateway;
import bd.gov.cleancare.payments.gateway.BkashProperties;
import bd.gov.cleancare.payments.gateway.NagadGateway;
import bd.gov.cleancare.payments.gateway.NagadProperties;
import bd.gov.cleancare.payments.gateway.PaymentGateway;
import bd.gov.cleancare.payments.gateway.SslCommerzGateway;
import bd.gov.cleancare.payments.gateway.SslCommerzProperties;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the gateways from the environment (the seed's BKASH_* names, NAGAD_*, SSLCOMMERZ_*): a real
 * gateway for each provider whose credentials are set; the sandbox for the rest when PAYMENTS_SANDBOX allows.
 */
@Configuration(proxyBeanMethods = false)
class GatewaysConfig {

    @Bean
    Gateways gateways(PaymentsProperties properties, BkashProperties bkash, NagadProperties nagad, SslCommerzProperties sslcommerz,
            JdbcClient jdbc, JsonMapper json, Clock clock, @Value("${cleancare.public-url}") String publicUrl) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var real = new ArrayList<PaymentGateway>();
        if (bkash.configured()) {
            real.add(new BkashGateway(bkash, http, json, clock));
        }
        if (nagad.configured()) {
            real.add(new NagadGateway(nagad, http, json, clock));
        }
        if (sslcommerz.configured()) {
            real.add(new SslCommerzGateway(sslcommerz, http, json));
        }
        Optional<PaymentGateway> sandbox = properties.sandbox() ? Optional.of(new SandboxGateway(jdbc, publicUrl)) : Optional.empty();
        return new Gateways(real, sandbox);
    }
}
