package bd.gov.cleancare.payments.internal;

import bd.gov.cleancare.payments.gateway.PaymentGateway;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds the gateways from the environment (the seed's BKASH_* names, NAGAD_*, SSLCOMMERZ_*). */
@Configuration(proxyBeanMethods = false)
class GatewaysConfig {

    @Bean
    Gateways gateways(PaymentsProperties properties, JdbcClient jdbc, @Value("${cleancare.public-url}") String publicUrl) {
        var real = new ArrayList<PaymentGateway>();
        Optional<PaymentGateway> sandbox = properties.sandbox() ? Optional.of(new SandboxGateway(jdbc, publicUrl)) : Optional.empty();
        return new Gateways(real, sandbox);
    }
}
