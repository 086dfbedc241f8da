package bd.gov.cleancare.platform.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Reads the deployment's environment in the seed's vocabulary: DATABASE_URL as
 * postgresql://user:password@host:port/db becomes Spring's JDBC settings; secrets must be given
 * in the prod profile (start-up stops naming the missing one) and are generated elsewhere.
 * DATABASE_REPLICA_URL, when set, is where read-only transactions go (see ReplicaReads).
 */
public class RuntimeSettings implements EnvironmentPostProcessor {

    static final String LOCAL_DATABASE = "postgresql://postgres@127.0.0.1:5432/cleancare";
    static final List<String> SECRETS = List.of("JWT_SECRET_KEY", "SECRET_KEY");
    static final List<String> PRODUCTION_REQUIRED = List.of("DATABASE_URL", "REDIS_URL", "JWT_SECRET_KEY", "SECRET_KEY");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var derived = new HashMap<String, Object>();
        boolean production = environment.acceptsProfiles(Profiles.of("prod"));
        if (production) {
            for (var name : PRODUCTION_REQUIRED) {
                if (isBlank(environment.getProperty(name))) {
                    throw new IllegalStateException("Missing required setting " + name
                            + ": set the environment variable " + name + " (see .env.example) before starting in the prod profile");
                }
            }
            if (environment.getProperty("JWT_SECRET_KEY").getBytes(StandardCharsets.UTF_8).length < 32) {
                throw new IllegalStateException("JWT_SECRET_KEY must be at least 32 bytes long for HS256");
            }
        }
        for (var name : SECRETS) {
            if (isBlank(environment.getProperty(name))) {
                derived.put(name, randomSecret());
            }
        }
        var databaseUrl = environment.getProperty("DATABASE_URL");
        derived.putAll(jdbcSettings(isBlank(databaseUrl) ? LOCAL_DATABASE : databaseUrl, "spring.datasource"));
        var replicaUrl = environment.getProperty("DATABASE_REPLICA_URL");
        if (!isBlank(replicaUrl)) {
            derived.putAll(jdbcSettings(replicaUrl, ReplicaReads.PREFIX));
        }
        environment.getPropertySources().addLast(new MapPropertySource("cleancare-runtime-settings", derived));
    }

    /** postgresql://user:pass@host:5432/db?sslmode=require → {prefix}.url/username/password; jdbc: URLs pass through. */
    static Map<String, Object> jdbcSettings(String databaseUrl, String prefix) {
        var settings = new HashMap<String, Object>();
        if (databaseUrl.startsWith("jdbc:")) {
            settings.put(prefix + ".url", databaseUrl);
            return settings;
        }
        var uri = URI.create(databaseUrl);
        if (!List.of("postgres", "postgresql").contains(uri.getScheme())) {
            throw new IllegalStateException("DATABASE_URL and DATABASE_REPLICA_URL must start with postgresql:// (or jdbc:postgresql://)");
        }
        var port = uri.getPort() == -1 ? 5432 : uri.getPort();
        var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        settings.put(prefix + ".url", "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query);
        var userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            var colon = userInfo.indexOf(':');
            settings.put(prefix + ".username", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                settings.put(prefix + ".password", decode(userInfo.substring(colon + 1)));
            }
        }
        return settings;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String randomSecret() {
        var bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
