package bd.gov.cleancare.platform.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled task on one instance at a time: the instance that takes the job's PostgreSQL
 * advisory lock runs it, the others skip this round. The lock ends with the transaction.
 */
@Component
public class SingleRunner {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public SingleRunner(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** @return whether this instance ran the task */
    public boolean runExclusively(String jobName, Runnable task) {
        Boolean ran = transactions.execute(status -> {
            boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(:job))").param("job", jobName)
                    .query(Boolean.class).single();
            if (locked) {
                task.run();
            }
            return locked;
        });
        return Boolean.TRUE.equals(ran);
    }
}
