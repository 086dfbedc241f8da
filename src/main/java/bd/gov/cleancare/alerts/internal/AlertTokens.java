package bd.gov.cleancare.alerts.internal;

import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.security.SignedTokens;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one-tap unsubscribe link's token: the subscription id, signed (no expiry: an SMS from last month
 * must still stop the alerts). It works once because the subscription is gone afterwards; a forged
 * token is an unknown page (404).
 */
@Component
public class AlertTokens {

    private static final int PAYLOAD_BYTES = 16;

    private final SignedTokens tokens;

    public AlertTokens(AlertProperties properties) {
        this.tokens = new SignedTokens("alert-unsubscribe", properties.secret());
    }

    public String issue(UUID subscriptionId) {
        return tokens.issue(ByteBuffer.allocate(PAYLOAD_BYTES).putLong(subscriptionId.getMostSignificantBits())
                .putLong(subscriptionId.getLeastSignificantBits()).array());
    }

    public UUID verify(String token) {
        var buffer = ByteBuffer.wrap(tokens.open(token, PAYLOAD_BYTES).orElseThrow(() -> new NotFound("alert.not-found")));
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
