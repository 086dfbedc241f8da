package bd.gov.cleancare.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.complaints.internal.TrackingNumbers;
import bd.gov.cleancare.support.ApiTest;
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
    TrackingNumbers trackingNumbers;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void two_hundred_concurrent_filings_get_two_hundred_distinct_consecutive_numbers() throws Exception {
        var owner = citizen().id();
        var day = LocalDate.of(2026, 11, 26);
        var start = new CountDownLatch(1);
        List<Callable<String>> filings = IntStream.range(0, 200).<Callable<String>>mapToObj(i -> () -> {
            start.await();
            return transactions.execute(status -> insertComplaint(owner, trackingNumbers.next(day)));
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
        assertThat(jdbc.sql("SELECT count(DISTINCT tracking_number) FROM complaints").query(Long.class).single()).isEqualTo(200);
    }

    @Test
    void a_rolled_back_filing_gives_its_number_back_and_deletes_do_not_cause_repeats() {
        var owner = citizen().id();
        var day = LocalDate.of(2026, 11, 27);
        var first = transactions.execute(status -> insertComplaint(owner, trackingNumbers.next(day)));
        transactions.executeWithoutResult(status -> {
            trackingNumbers.next(day);
            status.setRollbackOnly();
        });
        var second = transactions.execute(status -> insertComplaint(owner, trackingNumbers.next(day)));
        jdbc.sql("DELETE FROM complaints WHERE tracking_number = :n").param("n", second).update();
        var third = transactions.execute(status -> insertComplaint(owner, trackingNumbers.next(day)));

        assertThat(first).isEqualTo("CC202611270001");
        assertThat(second).isEqualTo("CC202611270002");
        assertThat(third).isEqualTo("CC202611270003");
    }

    @Test
    void the_counter_continues_after_numbers_loaded_without_it() {
        var owner = citizen().id();
        insertComplaint(owner, "CC202611280041");

        var next = transactions.execute(status -> trackingNumbers.next(LocalDate.of(2026, 11, 28)));

        assertThat(next).isEqualTo("CC202611280042");
    }

    @Test
    void the_day_is_the_dhaka_date() {
        clock.set(java.time.Instant.parse("2026-11-26T19:30:00Z"));  // 01:30 on the 27th in Dhaka

        var number = transactions.execute(status -> trackingNumbers.next());

        assertThat(number).startsWith("CC20261127");
    }

    private String insertComplaint(UUID owner, String trackingNumber) {
        jdbc.sql("""
                INSERT INTO complaints (user_id, tracking_number, title, description, category, priority, location)
                VALUES (:user, :number, 'ময়লা', 'রাস্তায় ময়লা', 'পরিচ্ছন্নতা', 'মধ্যম', 'মিরপুর')""")
                .param("user", owner).param("number", trackingNumber).update();
        return trackingNumber;
    }
}
