package bd.gov.cleancare.platform.push;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The development adapter: a log line that says what was sent without giving the device away. */
class LogPushTest {

    private static final String DEVICE = "eYq1mN0pR7s:APA91bF8kLm2Qw3Er4Ty5Ui6Op7As8Df9Gh0Jk1Lz2Xc3Vb4Nm5Qw6Er7Ty8Ui9Op0MOTIJHEEL";

    private final Logger logger = (Logger) LoggerFactory.getLogger(LogPush.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(lines);
    }

    @Test
    void it_logs_the_title_and_only_the_last_six_characters_of_the_token() {
        new LogPush().send(new PushMessage(DEVICE, "অভিযোগ গৃহীত হয়েছে", "ট্র্যাকিং নম্বর CC-2026-000123",
                Map.of("tracking_number", "CC-2026-000123")));

        assertThat(lines.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .isEqualTo("Push to device …IJHEEL: অভিযোগ গৃহীত হয়েছে")
                .doesNotContain(DEVICE.substring(0, DEVICE.length() - 6)).doesNotContain("CC-2026-000123");
    }

    @Test
    void a_message_printed_by_mistake_does_not_give_the_token_away() {
        var message = new PushMessage(DEVICE, "title", "body");

        assertThat(message.toString()).contains("…IJHEEL").doesNotContain(DEVICE);
    }
}
