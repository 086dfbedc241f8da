package bd.gov.cleancare.platform.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Which adapter PUSH_PROVIDER chooses, and the start-up errors that name the setting to fix. */
class PushConfigTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_log_adapter_is_the_default() {
        assertThat(push(properties("log", null, null))).isInstanceOf(LogPush.class);
    }

    @Test
    void fcm_reads_the_service_account_given_inline() {
        var properties = properties("fcm", FakeServiceAccount.json("https://oauth2.googleapis.com/token"), null);

        assertThat(push(properties)).isInstanceOf(FcmPush.class);
        var account = ServiceAccount.of(properties, json);
        assertThat(account.projectId()).isEqualTo(FakeServiceAccount.PROJECT_ID);
        assertThat(account.clientEmail()).isEqualTo(FakeServiceAccount.CLIENT_EMAIL);
        assertThat(account.tokenUri()).hasToString("https://oauth2.googleapis.com/token");
        assertThat(account.toString()).doesNotContain("PRIVATE KEY");
    }

    @Test
    void fcm_reads_the_service_account_from_a_file(@TempDir Path directory) throws Exception {
        var file = Files.writeString(directory.resolve("firebase.json"), FakeServiceAccount.json("https://oauth2.googleapis.com/token"));

        assertThat(push(properties("fcm", null, file.toString()))).isInstanceOf(FcmPush.class);
    }

    @Test
    void fcm_without_a_service_account_stops_start_up() {
        assertThatThrownBy(() -> push(properties("fcm", " ", null))).isInstanceOf(IllegalStateException.class)
                .hasMessage("PUSH_PROVIDER=fcm needs FCM_SERVICE_ACCOUNT_JSON or FCM_SERVICE_ACCOUNT_FILE");
    }

    @Test
    void a_missing_service_account_file_is_named() {
        assertThatThrownBy(() -> push(properties("fcm", null, "/nonexistent/firebase.json")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/nonexistent/firebase.json");
    }

    @Test
    void a_broken_private_key_is_reported_without_quoting_it() {
        var broken = FakeServiceAccount.json("https://oauth2.googleapis.com/token")
                .replace(FakeServiceAccount.privateKeyPem().substring(40, 80).replace("\n", "\\n"), "not-base64!");

        assertThatThrownBy(() -> push(properties("fcm", broken, null))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("private_key").hasMessageNotContaining("MII");
    }

    @Test
    void an_empty_fcm_base_url_stops_start_up() {
        var properties = new PushProperties("fcm", FakeServiceAccount.json("https://oauth2.googleapis.com/token"), null, "",
                Duration.ofSeconds(5));

        assertThatThrownBy(() -> push(properties)).isInstanceOf(IllegalStateException.class).hasMessageContaining("FCM_BASE_URL");
    }

    @Test
    void printed_settings_do_not_give_the_private_key_away() {
        var properties = properties("fcm", FakeServiceAccount.json("https://oauth2.googleapis.com/token"), null);

        assertThat(properties.toString()).doesNotContain("PRIVATE KEY").contains("fcm");
    }

    @Test
    void an_unknown_provider_stops_start_up() {
        assertThatThrownBy(() -> push(properties("apns", null, null))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PUSH_PROVIDER must be log or fcm");
    }

    private Push push(PushProperties properties) {
        return new PushConfig().push(properties, json, Clock.systemUTC());
    }

    private static PushProperties properties(String provider, String inline, String file) {
        return new PushProperties(provider, inline, file, "https://fcm.googleapis.com", Duration.ofSeconds(5));
    }
}
