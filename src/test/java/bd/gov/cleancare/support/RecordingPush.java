package bd.gov.cleancare.support;

import bd.gov.cleancare.platform.push.Push;
import bd.gov.cleancare.platform.push.PushMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every push the application sends. */
public final class RecordingPush implements Push {

    private final List<PushMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(PushMessage message) {
        sent.add(message);
    }

    public List<PushMessage> sentTo(String deviceToken) {
        return sent.stream().filter(m -> m.deviceToken().equals(deviceToken)).toList();
    }

    public void reset() {
        sent.clear();
    }
}
