package bd.gov.cleancare.platform.audit;

import bd.gov.cleancare.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The activity log (seed §3 activity_logs): what a staff member changed, written in the same
 * transaction as the change — a rolled-back change leaves no row, a committed one always has its row.
 * The IP is the servlet's remote address: behind a proxy, the container takes X-Forwarded-For only
 * from the trusted proxies it is configured with (FORWARD_HEADERS_STRATEGY, TRUSTED_PROXIES).
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records a staff member's action; a citizen's own actions are their data, not the audit trail. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CurrentUser actor, String action, String resourceType, UUID resourceId, Map<String, ?> details) {
        if (actor == null || !actor.type().isStaff()) {
            return;
        }
        var request = currentRequest();
        jdbc.sql("""
                INSERT INTO activity_logs (user_id, action, resource_type, resource_id, ip_address, user_agent, details, created_at)
                VALUES (:user, :action, :type, :resource, CAST(:ip AS inet), :agent, CAST(:details AS jsonb), :at)""")
                .param("user", actor.id()).param("action", action).param("type", resourceType).param("resource", resourceId)
                .param("ip", request == null ? null : request.getRemoteAddr())
                .param("agent", request == null ? null : truncate(request.getHeader("User-Agent")))
                .param("details", details == null ? null : json.writeValueAsString(details))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** Records what a scheduled job did on its own (no user: user_id stays empty). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySystem(String action, String resourceType, UUID resourceId, Map<String, ?> details) {
        jdbc.sql("""
                INSERT INTO activity_logs (user_id, action, resource_type, resource_id, details, created_at)
                VALUES (NULL, :action, :type, :resource, CAST(:details AS jsonb), :at)""")
                .param("action", action).param("type", resourceType).param("resource", resourceId)
                .param("details", details == null ? null : json.writeValueAsString(details))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes ? attributes.getRequest() : null;
    }

    private static String truncate(String userAgent) {
        return userAgent == null || userAgent.length() <= 500 ? userAgent : userAgent.substring(0, 500);
    }
}
