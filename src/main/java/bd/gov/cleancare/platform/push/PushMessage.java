package bd.gov.cleancare.platform.push;

import java.util.Map;
import java.util.Objects;

/** A notification for one device: what the user sees (title, body) and what the app reads (data). */
public record PushMessage(String deviceToken, String title, String body, Map<String, String> data) {

    public PushMessage {
        if (deviceToken == null || deviceToken.isBlank()) {
            throw new IllegalArgumentException("a push message needs a device token");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public PushMessage(String deviceToken, String title, String body) {
        this(deviceToken, title, body, Map.of());
    }

    /** The token's last six characters: enough to match a log line to a device, useless to anyone who reads the log. */
    public String deviceTokenTail() {
        return deviceToken.length() > 6 ? "…" + deviceToken.substring(deviceToken.length() - 6) : "…";
    }

    /** A device token lets anyone with the server's credentials reach that phone, so it never goes whole into a log. */
    @Override
    public String toString() {
        return "PushMessage[deviceToken=" + deviceTokenTail() + ", title=" + title + ", data=" + data.keySet() + "]";
    }
}
