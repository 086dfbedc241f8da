package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.support.ApiTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class TrackingNumbersTest extends ApiTest {

    @Autowired
    Complaints complaints;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void two_hundred_concurrent_filings_get_two_hundred_distinct_consecutive_numbers() throws Exception {
        clock.set(Instant.parse("2026-11-26T06:00:00Z"));
        var citizens = IntStream.range(0, 10).mapToObj(i -> citizen()).map(a -> new CurrentUser(a.id(), a.phone(), UserType.CITIZEN, null, null)).toList();
        clock.set(Instant.parse("2026-11-26T06:00:00Z"));
        var start = new CountDownLatch(1);
        List<Callable<String>> filings = IntStream.range(0, 200).<Callable<String>>mapToObj(i -> () -> {
            start.await();
            return complaints.file(citizens.get(i % 10), new NewComplaint("ময়লা " + i, "রাস্তায় ময়লা জমে আছে", "cleanliness",
                    "medium", "মিরপুর ১০", null, null, "12", "DSCC")).trackingNumber();
        }).toList();

        List<String> numbers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(32)) {
            var futures = filings.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                numbers.add(future.get());
            }
        }

        var expected = IntStream.rangeClosed(1, 200).mapToObj(n -> "CC20261126" + String.format("%04d", n)).toList();
        assertThat(numbers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_rolled_back_filing_gives_its_number_back_and_deletes_do_not_cause_repeats() {
        var owner = citizen().id();
        var day = LocalDate.of(2026, 11, 27);
        var first = transactions.execute(status -> insertComplaint(owner, day));
        transactions.executeWithoutResult(status -> {
            insertComplaint(owner, day);
            status.setRollbackOnly();
        });
        var second = transactions.execute(status -> insertComplaint(owner, day));
        jdbc.sql("DELETE FROM complaints WHERE tracking_number = :n").param("n", second).update();
        var third = transactions.execute(status -> insertComplaint(owner, day));

        assertThat(first).isEqualTo("CC202611270001");
        assertThat(second).isEqualTo("CC202611270002");
        assertThat(third).isEqualTo("CC202611270003");
    }

    @Test
    void the_counter_continues_after_numbers_loaded_without_it() {
        var owner = citizen().id();
        jdbc.sql("""
                INSERT INTO complaints (user_id, tracking_number, title, description, category, priority, location)
                VALUES (:user, 'CC202611280041', 'ময়লা', 'রাস্তায় ময়লা', 'পরিচ্ছন্নতা', 'মধ্যম', 'মিরপুর')""")
                .param("user", owner).update();

        String next = transactions.execute(status -> insertComplaint(owner, LocalDate.of(2026, 11, 28)));
        assertThat(next).isEqualTo("CC202611280042");
    }

    @Test
    void a_busy_day_goes_past_four_digits_without_repeating() {
        var owner = citizen().id();
        jdbc.sql("INSERT INTO tracking_counters (day, last_value) VALUES ('2026-11-29', 9998)").update();
        var day = LocalDate.of(2026, 11, 29);

        var numbers = IntStream.range(0, 3).mapToObj(i -> transactions.execute(status -> insertComplaint(owner, day))).toList();

        assertThat(numbers).containsExactly("CC202611299999", "CC2026112910000", "CC2026112910001");
    }

    @Test
    void the_day_in_the_number_is_the_dhaka_date() {
        var citizen = citizen();
        clock.set(Instant.parse("2026-11-26T19:30:00Z"));  // 01:30 on the 27th in Dhaka

        var filed = api.as(citizen.accessToken()).post("/api/v1/complaints/", java.util.Map.of("title", "ময়লা",
                "description", "রাস্তায় ময়লা", "category", "cleanliness", "priority", "low", "location", "মিরপুর"));

        assertThat(filed.json().get("tracking_number").asString()).startsWith("CC20261127");
    }

    private String insertComplaint(UUID owner, LocalDate day) {
        return jdbc.sql("""
                INSERT INTO complaints (user_id, tracking_number, title, description, category, priority, location)
                VALUES (:user, generate_tracking_number(:day), 'ময়লা', 'রাস্তায় ময়লা', 'পরিচ্ছন্নতা', 'মধ্যম', 'মিরপুর')
                RETURNING tracking_number""")
                .param("user", owner).param("day", day).query(String.class).single();
    }
}
