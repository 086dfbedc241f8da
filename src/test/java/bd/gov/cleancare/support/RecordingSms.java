package bd.gov.cleancare.support;

import bd.gov.cleancare.platform.sms.Sms;
import bd.gov.cleancare.platform.sms.SmsNotSent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/** Keeps every SMS the application sends; can play a broken gateway. */
public final class RecordingSms implements Sms {

    public record Sent(String phone, String text) {
    }

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    @Override
    public void send(String phone, String text) {
        if (failing) {
            throw new SmsNotSent("gateway down (test)", null);
        }
        sent.add(new Sent(phone, text));
    }

    public void reset() {
        sent.clear();
        failing = false;
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The code in the newest SMS to this phone. */
    public String lastCodeFor(String phone) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).phone().equals(phone)) {
                var matcher = CODE.matcher(sent.get(i).text());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        throw new AssertionError("no code was sent to " + phone);
    }
}
