package bd.gov.cleancare.notifications;

import bd.gov.cleancare.notifications.internal.NotificationRepository;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications: each user reads and marks only their own. Other modules' events create them. */
@Service
public class Notifications {

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Records a notification unless one for the same event exists; tells whether it was new. */
    @Transactional
    public boolean record(Notification notification) {
        return notifications.insert(notification, clock.instant());
    }

    @Transactional(readOnly = true)
    public Slice<NotificationView> list(CurrentUser me, String isRead, PageQuery page) {
        Boolean read = null;
        if (isRead != null && !isRead.isBlank()) {
            read = switch (isRead.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1" -> Boolean.TRUE;
                case "false", "0" -> Boolean.FALSE;
                default -> throw RuleViolated.onField("is_read", "validation.boolean");
            };
        }
        return notifications.list(me.id(), read, page);
    }

    @Transactional(readOnly = true)
    public long unread(CurrentUser me) {
        return notifications.unread(me.id());
    }

    @Transactional
    public NotificationView markRead(CurrentUser me, UUID id) {
        if (!notifications.markRead(me.id(), id, clock.instant())) {
            throw new NotFound("notification.not-found");
        }
        return notifications.find(me.id(), id).orElseThrow();
    }

    @Transactional
    public int markAllRead(CurrentUser me) {
        return notifications.markAllRead(me.id(), clock.instant());
    }
}
