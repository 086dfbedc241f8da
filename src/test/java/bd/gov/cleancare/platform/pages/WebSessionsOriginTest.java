package bd.gov.cleancare.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** A page session signs a WebSocket in only from this site's own pages. */
class WebSessionsOriginTest {

    @Test
    void only_a_handshake_from_the_sites_own_origin_may_use_the_page_session() {
        assertThat(WebSessions.sameOrigin(handshake("https://cleancare.gov.bd", "cleancare.gov.bd"))).isTrue();
        assertThat(WebSessions.sameOrigin(handshake("http://127.0.0.1:8080", "127.0.0.1:8080"))).isTrue();
        assertThat(WebSessions.sameOrigin(handshake("https://cleancare.gov.bd", "cleancare.gov.bd:443"))).isTrue();
        assertThat(WebSessions.sameOrigin(handshake("https://evil.example", "cleancare.gov.bd"))).isFalse();
        assertThat(WebSessions.sameOrigin(handshake("https://cleancare.gov.bd.evil.example", "cleancare.gov.bd"))).isFalse();
        assertThat(WebSessions.sameOrigin(handshake("http://127.0.0.1:9999", "127.0.0.1:8080"))).isFalse();
        assertThat(WebSessions.sameOrigin(handshake("null", "cleancare.gov.bd"))).isFalse();
        assertThat(WebSessions.sameOrigin(handshake(null, "cleancare.gov.bd"))).as("not a browser: it brings a token").isFalse();
    }

    private static MockHttpServletRequest handshake(String origin, String host) {
        var request = new MockHttpServletRequest("GET", "/ws/chat/support-1/");
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        request.addHeader("Host", host);
        return request;
    }
}
