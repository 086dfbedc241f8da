package bd.gov.cleancare.platform.pages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.dialect.IDialect;

/** The page language (cookie; ?lang=bn|en on any page switches it) and the template helpers. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PageConfig implements WebMvcConfigurer {

    @Bean
    PageLanguages localeResolver(WebPageProperties properties) {
        return new PageLanguages(properties.secureCookies());
    }

    @Bean
    IDialect pageDialect(WebPageProperties properties, PageStyles styles) {
        return new PageDialect(properties, styles);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch).excludePathPatterns("/api/**", "/open311/**", "/actuator/**", "/ws/**", "/media/**");
    }
}
