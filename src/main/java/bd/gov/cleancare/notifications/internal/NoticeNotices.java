package bd.gov.cleancare.notifications.internal;

import bd.gov.cleancare.identity.CitizenContact;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.notices.UrgentNoticePublished;
import bd.gov.cleancare.notifications.Notification;
import bd.gov.cleancare.notifications.Notifications;
import bd.gov.cleancare.platform.sms.Sms;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An urgent notice reaches every citizen it targets: in the app (live or by push) and, when staff
 * asked for it, by SMS. Citizens are taken in batches, one insert each; a retried delivery skips those
 * already told, so nobody gets the SMS twice.
 */
@Component
class NoticeNotices {

    static final int BATCH = 500;
    private static final Locale BENGALI = Locale.forLanguageTag("bn");

    private final Notifications notifications;
    private final Users users;
    private final Sms sms;
    private final MessageSource messages;

    NoticeNotices(Notifications notifications, Users users, Sms sms, MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.sms = sms;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void announce(UrgentNoticePublished event) {
        var template = new Notification(null, "urgent_notice", messages.getMessage("notification.notice.urgent.title",
                new Object[] {event.title()}, BENGALI), messages.getMessage("notification.notice.urgent.body", null, BENGALI),
                "notice", event.noticeId(), "urgent-notice:" + event.noticeId());
        var text = messages.getMessage("sms.notice.urgent", new Object[] {event.title()}, BENGALI);
        UUID after = null;
        while (true) {
            var batch = users.citizensOf(event.cityCorporation(), event.targetWards(), after, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            Map<UUID, String> phones = batch.stream().collect(Collectors.toMap(CitizenContact::id, CitizenContact::phone));
            var told = notifications.recordForEach(batch.stream().map(CitizenContact::id).toList(), template);
            if (event.sendSms()) {
                told.stream().map(phones::get).forEach(phone -> sms.send(phone, text));
            }
            after = batch.getLast().id();
        }
    }
}
