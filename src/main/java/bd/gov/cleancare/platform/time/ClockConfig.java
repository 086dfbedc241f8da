package bd.gov.cleancare.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time comes from one injectable clock, so tests move it instead of sleeping. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    /** Dhaka's zone: dates that citizens see (tracking numbers, reports) are Dhaka dates. */
    public static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
