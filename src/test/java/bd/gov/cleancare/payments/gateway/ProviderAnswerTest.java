package bd.gov.cleancare.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How the adapters read a provider's answer: money exactly, credentials never kept. */
class ProviderAnswerTest {

    private final JsonExchange exchange = new JsonExchange("test", HttpClient.newHttpClient(), JsonMapper.builder().build(),
            Duration.ofSeconds(1));

    @Test
    void amounts_sent_as_json_numbers_are_read_exactly() {
        var answer = new ProviderAnswer(200, exchange.readObject("{\"amount\":150.10,\"count\":3,\"text\":\"0.30\"}"));

        assertThat(answer.body().get("amount")).isInstanceOf(BigDecimal.class);
        assertThat(answer.amount("amount")).contains(new BigDecimal("150.10"));
        assertThat(answer.amount("text")).contains(new BigDecimal("0.30"));
        assertThat(answer.text("count")).contains("3");
    }

    @Test
    void credentials_are_stripped_at_any_depth_from_what_is_stored() {
        var answer = new ProviderAnswer(200, Map.of("id_token", "eyJ", "paymentID", "TR1",
                "nested", Map.of("store_passwd", "secret", "refresh_token", "r", "kept", "yes"),
                "list", List.of(Map.of("app_secret", "s", "amount", "1.00"))));

        assertThat(answer.withoutSecrets()).containsOnlyKeys("paymentID", "nested", "list")
                .containsEntry("nested", Map.of("kept", "yes"))
                .containsEntry("list", List.of(Map.of("amount", "1.00")));
    }

    @Test
    void a_blank_value_is_no_text_and_a_garbled_amount_is_no_amount() {
        var answer = new ProviderAnswer(200, Map.of("status", "  ", "amount", "1,50"));

        assertThat(answer.text("status")).isEmpty();
        assertThat(answer.amount("amount")).isEmpty();
        assertThat(answer.firstText("status", "missing")).isEmpty();
    }
}
