package bd.gov.cleancare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.CleanCareApplication;
import bd.gov.cleancare.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

class CreateSuperuserCommandTest extends ApiTest {

    private int runCommand(String... args) {
        var context = new SpringApplicationBuilder(CleanCareApplication.class)
                .web(WebApplicationType.NONE).profiles("command", "test")
                .properties(Map.of("CLEANCARE_SUPERUSER_PASSWORD", "First-Super-Pass-1"))
                .run(args);
        return SpringApplication.exit(context);
    }

    @Test
    void the_command_creates_a_verified_super_admin_who_can_sign_in() {
        var phone = newPhone();

        int exit = runCommand("createsuperuser", "--phone=" + phone.replace("+88", ""), "--name=প্রধান");

        assertThat(exit).isZero();
        var signedIn = api.post("/api/v1/auth/login/", Map.of("phone", phone, "password", "First-Super-Pass-1"));
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.json().get("user").get("user_type").asString()).isEqualTo("super_admin");
    }

    @Test
    void the_command_promotes_an_existing_account() {
        var citizen = citizen();

        assertThat(runCommand("createsuperuser", "--phone=" + citizen.phone())).isZero();

        assertThat(jdbc.sql("SELECT user_type FROM users WHERE id = :id").param("id", citizen.id()).query(String.class).single())
                .isEqualTo("super_admin");
    }

    @Test
    void a_bad_phone_fails_with_a_nonzero_exit() {
        assertThat(runCommand("createsuperuser", "--phone=12345")).isNotZero();
    }
}
