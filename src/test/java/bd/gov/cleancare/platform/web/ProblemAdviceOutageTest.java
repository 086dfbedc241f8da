package bd.gov.cleancare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/** A transaction that lost its connection while PostgreSQL restarted is an outage, not a bug (bench/faults/restart-postgres.sh). */
class ProblemAdviceOutageTest {

    @Test
    void aRollbackThatFailedOnAClosedConnectionIsAnOutage() {
        var failed = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed", "08003"));
        assertThat(ProblemAdvice.lostConnection(failed)).isTrue();
        assertThat(ProblemAdvice.lostConnection(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
    }

    @Test
    void otherTransactionFailuresAreNot() {
        assertThat(ProblemAdvice.lostConnection(new TransactionSystemException("commit failed", new SQLException("deadlock", "40P01")))).isFalse();
        assertThat(ProblemAdvice.lostConnection(new TransactionSystemException("no cause"))).isFalse();
    }
}
