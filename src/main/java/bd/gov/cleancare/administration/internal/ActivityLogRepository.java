package bd.gov.cleancare.administration.internal;

import bd.gov.cleancare.administration.ActivityEntry;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class ActivityLogRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ActivityLogRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Filter(UUID userId, String action, String resourceType, UUID resourceId, Instant from, Instant to) {
    }

    public Slice<ActivityEntry> list(Filter filter, PageQuery page) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter.userId() != null) {
            where.add("l.user_id = :user");
            params.put("user", filter.userId());
        }
        if (filter.action() != null) {
            where.add("l.action = :action");
            params.put("action", filter.action());
        }
        if (filter.resourceType() != null) {
            where.add("l.resource_type = :type");
            params.put("type", filter.resourceType());
        }
        if (filter.resourceId() != null) {
            where.add("l.resource_id = :resource");
            params.put("resource", filter.resourceId());
        }
        if (filter.from() != null) {
            where.add("l.created_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.add("l.created_at <= :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long count = jdbc.sql("SELECT count(*) FROM activity_logs l" + condition).params(params).query(Long.class).single();
        List<ActivityEntry> items = count == 0 ? List.of() : jdbc.sql("""
                        SELECT l.id, l.user_id, u.name, l.action, l.resource_type, l.resource_id, host(l.ip_address) AS ip,
                               l.user_agent, l.details::text AS details, l.created_at
                          FROM activity_logs l LEFT JOIN users u ON u.id = l.user_id""" + condition
                        + " ORDER BY l.created_at DESC, l.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset())
                .query((rs, n) -> new ActivityEntry(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getString("name"), rs.getString("action"), rs.getString("resource_type"),
                        rs.getObject("resource_id", UUID.class), rs.getString("ip"), rs.getString("user_agent"),
                        rs.getString("details") == null ? null : json.readTree(rs.getString("details")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return new Slice<>(count, items);
    }
}
