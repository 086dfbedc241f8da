package bd.gov.cleancare.platform.storage;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    Storage storage(StorageProperties properties) {
        return switch (properties.provider()) {
            case "local" -> new LocalStorage(properties.mediaRoot(), properties.mediaUrl());
            case "s3" -> new S3Storage(properties, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
            default -> throw new IllegalStateException("STORAGE_PROVIDER must be local or s3, not " + properties.provider());
        };
    }

    /** Local files are served by the application itself; with S3 the bucket serves them. */
    @Bean
    WebMvcConfigurer mediaFiles(Storage storage, StorageProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                if (storage instanceof LocalStorage local && properties.mediaUrl().startsWith("/")) {
                    registry.addResourceHandler(properties.mediaUrl() + "/**")
                            .addResourceLocations(local.root().toUri().toString() + "/");
                }
            }
        };
    }
}
