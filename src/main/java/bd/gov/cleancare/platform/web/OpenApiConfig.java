package bd.gov.cleancare.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/openapi.json (UI at /api/docs), with the seed's trailing-slash paths. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    @Bean
    OpenAPI cleanCareApi() {
        return new OpenAPI()
                .info(new Info().title("Clean Care Bangladesh API").version("v1")
                        .description("City services for Dhaka (DSCC, DNCC). Errors are RFC 9457 problem+json in Bengali "
                                + "or English (Accept-Language). Paths work with and without the trailing slash."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }

    @Bean
    OpenApiCustomizer seedPaths() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            var paths = new Paths();
            api.getPaths().forEach((path, item) ->
                    paths.addPathItem(path.startsWith("/api/v1/") && !path.endsWith("/") ? path + "/" : path, item));
            api.setPaths(paths);
        };
    }
}
