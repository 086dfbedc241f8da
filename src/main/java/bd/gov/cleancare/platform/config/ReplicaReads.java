package bd.gov.cleancare.platform.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Read-only transactions on a PostgreSQL replica when DATABASE_REPLICA_URL is set (seed §8.2):
 * the dashboard and the lists run in {@code @Transactional(readOnly = true)}, and such a
 * transaction takes its connection from the replica's pool; writes and everything else stay on
 * the primary. A replica trails the primary by moments, so {@code readOnly = true} is kept for
 * reads that may be that late (lists, counts, figures); what must show a write just made (a
 * complaint's page right after filing it) reads in a plain {@code @Transactional}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(ReplicaReads.PREFIX + ".url")
public class ReplicaReads {

    /** Where RuntimeSettings puts DATABASE_REPLICA_URL's JDBC settings. */
    public static final String PREFIX = "cleancare.replica";

    @Bean
    static BeanPostProcessor replicaForReadOnlyTransactions(Environment environment) {
        return new ReadOnlyRouting(environment);
    }

    /** Wraps the application's pool so that a connection made read-only before its first statement comes from the replica. */
    static final class ReadOnlyRouting implements BeanPostProcessor, DisposableBean {

        private final Environment environment;
        private HikariDataSource replica;

        ReadOnlyRouting(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof HikariDataSource primary) || replica != null) {
                return bean;
            }
            var config = new HikariConfig();
            primary.copyStateTo(config);
            config.setPoolName(primary.getPoolName() + "-replica");
            config.setJdbcUrl(environment.getRequiredProperty(PREFIX + ".url"));
            config.setUsername(environment.getProperty(PREFIX + ".username", primary.getUsername()));
            config.setPassword(environment.getProperty(PREFIX + ".password", primary.getPassword()));
            config.setReadOnly(true);
            replica = new HikariDataSource(config);
            var routing = new LazyConnectionDataSourceProxy(primary);
            routing.setReadOnlyDataSource(replica);
            return routing;
        }

        @Override
        public void destroy() {
            if (replica != null) {
                replica.close();
            }
        }
    }
}
