package bd.gov.cleancare.notifications;

import bd.gov.cleancare.notifications.internal.DeviceRepository;
import bd.gov.cleancare.notifications.internal.NotificationRepository;
import bd.gov.cleancare.platform.push.DeviceGone;
import bd.gov.cleancare.platform.push.Push;
import bd.gov.cleancare.platform.push.PushMessage;
import bd.gov.cleancare.platform.push.PushNotSent;
import bd.gov.cleancare.platform.realtime.Fanout;
import bd.gov.cleancare.platform.realtime.Presence;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications: each user reads and marks only their own. Other modules' events create them. */
@Service
public class Notifications {

    /** Redis channel of a user's live notifications; every instance relays them to that user's sockets. */
    public static final String CHANNEL_PREFIX = "cc:notify:";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Notifications.class);

    private final NotificationRepository notifications;
    private final DeviceRepository devices;
    private final Fanout fanout;
    private final Presence presence;
    private final Push push;
    private final JsonMapper json;
    private final Clock clock;

    Notifications(NotificationRepository notifications, DeviceRepository devices, Fanout fanout, Presence presence, Push push,
            JsonMapper json, Clock clock) {
        this.notifications = notifications;
        this.devices = devices;
        this.fanout = fanout;
        this.presence = presence;
        this.push = push;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a notification unless one for the same event exists; once committed it goes live to the
     * user's open connections, or to their phones by push when they have none. Tells whether it was new.
     */
    @Transactional
    public boolean record(Notification notification) {
        var created = notifications.insertReturning(notification, clock.instant());
        created.ifPresent(view -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deliver(notification.userId(), view);
            }
        }));
        return created.isPresent();
    }

    /**
     * One notification per user from a template (its userId unused, its eventKey a prefix completed by
     * each user's id), written in one statement; users already told of this event are skipped. Returns
     * the users newly told, each reached live or by push once committed.
     */
    @Transactional
    public List<UUID> recordForEach(List<UUID> userIds, Notification template) {
        var created = notifications.insertForEach(userIds, template, clock.instant());
        if (!created.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    created.forEach((userId, view) -> deliver(userId, view));
                }
            });
        }
        return List.copyOf(created.keySet());
    }

    @Transactional
    public void registerDevice(CurrentUser me, String token, String platform) {
        if (token == null || token.isBlank() || token.length() > 500) {
            throw RuleViolated.onField("token", "validation.NotBlank");
        }
        var kind = platform == null || platform.isBlank() ? "android" : platform.strip().toLowerCase(java.util.Locale.ROOT);
        if (!java.util.List.of("android", "ios", "web").contains(kind)) {
            throw RuleViolated.onField("platform", "validation.choice", "android, ios, web");
        }
        devices.register(me.id(), token.strip(), kind);
    }

    @Transactional
    public void forgetDevice(CurrentUser me, String token) {
        if (!devices.forget(me.id(), token)) {
            throw new NotFound("notification.device.not-found");
        }
    }

    private void deliver(UUID userId, NotificationView view) {
        fanout.publish(CHANNEL_PREFIX + userId, json.writeValueAsString(java.util.Map.of("type", "notification", "notification", view)));
        if (presence.online(Presence.ANYWHERE, userId)) {
            return;
        }
        for (var token : devices.of(userId)) {
            try {
                push.send(new PushMessage(token, view.title(), view.body(), java.util.Map.of("notification_id", view.id().toString(),
                        "kind", view.kind(), "resource_id", view.resourceId() == null ? "" : view.resourceId().toString())));
            } catch (DeviceGone gone) {
                devices.forget(token);
            } catch (PushNotSent failed) {
                log.warn("push to a device failed: {}", failed.getMessage());
            }
        }
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

    @Transactional
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
