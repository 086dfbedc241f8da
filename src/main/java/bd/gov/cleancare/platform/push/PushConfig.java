package bd.gov.cleancare.platform.push;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class PushConfig {

    @Bean
    Push push(PushProperties properties, JsonMapper json, Clock clock) {
        return switch (properties.provider()) {
            case "log" -> new LogPush();
            case "fcm" -> {
                if (properties.fcmBaseUrl() == null || !properties.fcmBaseUrl().matches("https?://.+")) {
                    throw new IllegalStateException("FCM_BASE_URL must be an http(s) URL, not " + properties.fcmBaseUrl());
                }
                yield new FcmPush(ServiceAccount.of(properties, json), properties, json, clock);
            }
            default -> throw new IllegalStateException("PUSH_PROVIDER must be log or fcm, not " + properties.provider());
        };
    }
}
