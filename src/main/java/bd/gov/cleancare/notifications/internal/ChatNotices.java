package bd.gov.cleancare.notifications.internal;

import bd.gov.cleancare.chat.ChatMessagePosted;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.notifications.Notification;
import bd.gov.cleancare.notifications.Notifications;
import bd.gov.cleancare.platform.realtime.Presence;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A chat message for someone not connected becomes a notification (in the app, and by push). */
@Component
class ChatNotices {

    private final Notifications notifications;
    private final Users users;
    private final Presence presence;
    private final MessageSource messages;

    ChatNotices(Notifications notifications, Users users, Presence presence, MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.presence = presence;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ChatMessagePosted event) {
        for (var recipient : event.recipients()) {
            if (presence.online(recipient)) {
                continue;
            }
            users.find(recipient).ifPresent(user -> {
                var locale = "en".equals(user.language()) ? Locale.ENGLISH : Locale.forLanguageTag("bn");
                notifications.record(new Notification(user.id(), "chat_message",
                        messages.getMessage("notification.chat.title", new Object[] {event.senderName()}, locale),
                        event.preview(), "chat_room", null, "chat:" + event.messageId() + ":" + user.id()));
            });
        }
    }
}
