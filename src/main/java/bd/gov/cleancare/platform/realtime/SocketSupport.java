package bd.gov.cleancare.platform.realtime;

import bd.gov.cleancare.platform.pages.WebSessions;
import bd.gov.cleancare.platform.security.AccessTokenVerifier;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What every {@link AuthenticatedSocket} needs, injected as one. */
@Component
public record SocketSupport(AccessTokenVerifier tokens, WebSessions pageSessions, Presence presence, Fanout fanout, MessageSource messages, JsonMapper json, Clock clock) {
}
