package bd.gov.cleancare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void every_message_exists_in_bengali_and_in_english() throws IOException {
        var bengali = load("/messages_bn.properties");
        var english = load("/messages_en.properties");
        assertThat(bengali.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(50);
    }

    private static Properties load(String path) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
