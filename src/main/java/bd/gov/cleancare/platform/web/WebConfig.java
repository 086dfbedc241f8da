package bd.gov.cleancare.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.filter.UrlHandlerFilter;

@Configuration(proxyBeanMethods = false)
public class WebConfig {

    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        var registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The seed's routes end in '/', many clients drop it: both reach the same handler and security rule. */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashes() {
        var filter = UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build();
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(Problems problems,
            @Value("${cleancare.http.max-json-body:1MB}") DataSize maxJsonBody) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimit(maxJsonBody.toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
