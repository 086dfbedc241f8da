package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.platform.time.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking numbers CC + Dhaka date + daily counter (CC202611260001). Drawn inside the filing
 * transaction: the counter row stays locked until commit, so numbers are unique and a rolled-back
 * filing gives its number back — no gaps, no repeats (the seed's COUNT(*)+1 had both).
 */
@Component
public class TrackingNumbers {

    private final JdbcClient jdbc;
    private final Clock clock;

    public TrackingNumbers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next() {
        return next(LocalDate.now(clock.withZone(ClockConfig.DHAKA)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(LocalDate dhakaDay) {
        return jdbc.sql("SELECT generate_tracking_number(:day)").param("day", dhakaDay).query(String.class).single();
    }
}
