package bd.gov.cleancare.payments.internal;

import bd.gov.cleancare.payments.gateway.PaymentGateway;
import bd.gov.cleancare.platform.errors.RuleViolated;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured gateways: for each payment method, the real gateway if configured, else the sandbox (if enabled). */
public class Gateways {

    private final Map<String, PaymentGateway> byName = new LinkedHashMap<>();
    private final Map<String, PaymentGateway> byMethod = new LinkedHashMap<>();

    public Gateways(List<PaymentGateway> real, Optional<PaymentGateway> sandbox) {
        for (var gateway : real) {
            byName.put(gateway.name(), gateway);
            gateway.methods().forEach(method -> byMethod.putIfAbsent(method, gateway));
        }
        sandbox.ifPresent(gateway -> {
            byName.put(gateway.name(), gateway);
            gateway.methods().forEach(method -> byMethod.putIfAbsent(method, gateway));
        });
    }

    public PaymentGateway forMethod(String method) {
        var gateway = byMethod.get(method);
        if (gateway == null) {
            throw RuleViolated.onField("payment_method", "payment.method.unavailable", String.join(", ", byMethod.keySet()));
        }
        return gateway;
    }

    public Optional<PaymentGateway> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<SandboxGateway> sandbox() {
        return Optional.ofNullable(byName.get("sandbox")).map(SandboxGateway.class::cast);
    }

    public java.util.Set<String> methods() {
        return byMethod.keySet();
    }
}
