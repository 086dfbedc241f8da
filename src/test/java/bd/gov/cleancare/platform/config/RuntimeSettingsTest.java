package bd.gov.cleancare.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class RuntimeSettingsTest {

    private final RuntimeSettings settings = new RuntimeSettings();

    @Test
    void a_seed_style_database_url_becomes_jdbc_settings() {
        var jdbc = RuntimeSettings.jdbcSettings("postgresql://cleancare_user:s%40cret@db.internal:6432/cleancare_db?sslmode=require", "spring.datasource");

        assertThat(jdbc).containsEntry("spring.datasource.url", "jdbc:postgresql://db.internal:6432/cleancare_db?sslmode=require")
                .containsEntry("spring.datasource.username", "cleancare_user")
                .containsEntry("spring.datasource.password", "s@cret");
        assertThat(RuntimeSettings.jdbcSettings("postgres://u@h/db", "spring.datasource")).containsEntry("spring.datasource.url", "jdbc:postgresql://h:5432/db");
        assertThat(RuntimeSettings.jdbcSettings("jdbc:postgresql://h:5432/db", "spring.datasource")).containsEntry("spring.datasource.url", "jdbc:postgresql://h:5432/db");
    }

    @Test
    void the_prod_profile_stops_start_up_naming_a_missing_secret() {
        var environment = new MockEnvironment()
                .withProperty("DATABASE_URL", "postgresql://u:p@h/db").withProperty("REDIS_URL", "redis://h:6379")
                .withProperty("SECRET_KEY", "x".repeat(40));
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> settings.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("JWT_SECRET_KEY");
    }

    @Test
    void the_prod_profile_refuses_a_short_jwt_key() {
        var environment = new MockEnvironment()
                .withProperty("DATABASE_URL", "postgresql://u:p@h/db").withProperty("REDIS_URL", "redis://h:6379")
                .withProperty("SECRET_KEY", "x".repeat(40)).withProperty("JWT_SECRET_KEY", "short");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> settings.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("JWT_SECRET_KEY").hasMessageContaining("32");
    }

    @Test
    void outside_prod_missing_secrets_are_generated() {
        var environment = new MockEnvironment();

        settings.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("JWT_SECRET_KEY")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(environment.getProperty("SECRET_KEY")).isNotEqualTo(environment.getProperty("JWT_SECRET_KEY"));
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/cleancare");
    }

    @Test
    void a_replica_url_gets_settings_of_its_own_beside_the_primary() {
        var environment = new MockEnvironment().withProperty("DATABASE_URL", "postgresql://app@primary/city")
                .withProperty("DATABASE_REPLICA_URL", "postgresql://reader:r%3Ad@standby:5433/city");

        settings.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://primary:5432/city");
        assertThat(environment.getProperty("cleancare.replica.url")).isEqualTo("jdbc:postgresql://standby:5433/city");
        assertThat(environment.getProperty("cleancare.replica.username")).isEqualTo("reader");
        assertThat(environment.getProperty("cleancare.replica.password")).isEqualTo("r:d");
    }
}
