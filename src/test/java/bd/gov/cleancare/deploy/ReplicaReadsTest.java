package bd.gov.cleancare.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Instance;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DATABASE_REPLICA_URL points an instance's read-only queries (dashboard, lists) at a second
 * database. Here the "replica" is a database of its own that holds a complaint the primary does
 * not, and lacks one the primary has: what each route shows proves where it read.
 */
class ReplicaReadsTest extends ApiTest {

    private static Instance withReplica;

    @Autowired
    private DataSource primary;

    @AfterAll
    static void stop() {
        if (withReplica != null) {
            withReplica.close();
        }
    }

    @Test
    void lists_and_dashboard_read_the_replica_while_writes_and_details_stay_on_the_primary() throws SQLException {
        var superAdmin = staff("super_admin", "DSCC");
        var replicaUrl = freshReplica();
        try (var replica = DriverManager.getConnection(replicaUrl, "postgres", null); var copy = replica.prepareStatement("""
                INSERT INTO users (id, phone, name, password_hash, user_type, is_verified, is_staff) VALUES (?, ?, 'super', 'x', 'super_admin', TRUE, TRUE);
                INSERT INTO complaints (user_id, tracking_number, title, description, category, priority, location, city_corporation, ward_number)
                VALUES (?, 'CC-REPLICA-1', 'only on the replica', 'seen through the replica', 'পরিচ্ছন্নতা', 'মধ্যম', 'Motijheel', 'DSCC', '12')""")) {
            copy.setObject(1, superAdmin.id());
            copy.setString(2, superAdmin.phone());
            copy.setObject(3, superAdmin.id());
            copy.execute();
        }
        withReplica = Instance.start(Map.of("DATABASE_REPLICA_URL", replicaUrl, "spring.datasource.hikari.maximum-pool-size", "4"));
        var onInstance = withReplica.api.as(superAdmin.accessToken());

        var citizen = citizen();
        var filed = withReplica.api.as(citizen.accessToken()).post("/api/v1/complaints/", Map.of("title", "ড্রেন বন্ধ",
                "description", "ড্রেন বন্ধ হয়ে পানি জমেছে।", "category", "cleanliness", "priority", "high", "location", "মতিঝিল",
                "city_corporation", "DSCC", "ward_number", "12"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        var filedId = filed.json().get("id").asString();

        var list = onInstance.get("/api/v1/complaints/").json();
        assertThat(list.get("count").asInt()).isEqualTo(1);
        assertThat(list.get("results").get(0).get("title").asString()).isEqualTo("only on the replica");
        assertThat(onInstance.get("/api/v1/dashboard/kpi/").json().get("complaint_stats").get("total").asInt()).isEqualTo(1);

        assertThat(onInstance.get("/api/v1/complaints/" + filedId + "/").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM complaints WHERE id = :id").param("id", UUID.fromString(filedId))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/complaints/").json().get("count").asInt())
                .as("the instance without a replica lists the primary").isEqualTo(1);
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/complaints/").json().get("results").get(0).get("id").asString())
                .isEqualTo(filedId);
    }

    /** An empty database beside the test database, migrated to the same schema, as a replica would be. */
    private String freshReplica() throws SQLException {
        var name = jdbc.sql("SELECT current_database()").query(String.class).single() + "_replica";
        jdbc.sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").update();
        jdbc.sql("CREATE DATABASE " + name).update();
        var primaryUrl = primary.unwrap(HikariDataSource.class).getJdbcUrl();
        var url = primaryUrl.substring(0, primaryUrl.lastIndexOf('/') + 1) + name;
        Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration").load().migrate();
        return url;
    }
}
