package bd.gov.cleancare.platform.sms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SmsConfig {

    @Bean
    Sms sms(SmsProperties properties, JsonMapper json) {
        return switch (properties.provider()) {
            case "console" -> new ConsoleSms();
            case "http" -> {
                if (properties.apiUrl() == null || properties.apiUrl().isBlank()) {
                    throw new IllegalStateException("SMS_PROVIDER=http needs SMS_API_URL");
                }
                yield new HttpSms(properties, json);
            }
            default -> throw new IllegalStateException("SMS_PROVIDER must be console or http, not " + properties.provider());
        };
    }
}
