package bd.gov.cleancare.notifications.internal;

import bd.gov.cleancare.chat.Chat;
import bd.gov.cleancare.chat.ChatMessagePosted;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.notifications.Notification;
import bd.gov.cleancare.notifications.Notifications;
import bd.gov.cleancare.platform.realtime.Presence;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A chat message for someone not in the room right now becomes a notification (live, or by push when they are offline). */
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
            if (presence.online(Chat.place(event.roomId()), recipient)) {
                continue;
            }
            users.find(recipient).ifPresent(user -> {
                var locale = "en".equals(user.language()) ? Locale.ENGLISH : Locale.forLanguageTag("bn");
                notifications.record(new Notification(user.id(), "chat_message",
                        messages.getMessage("notification.chat.title", new Object[] {event.senderName()}, locale),
                        event.preview(), roomType(event.roomId()), roomSubject(event.roomId()), "chat:" + event.messageId() + ":" + user.id()));
            });
        }
    }

    /** complaint-{id} → complaint_chat, support-{id} → support_chat: the app opens room "{kind}-{resource_id}". */
    private static String roomType(String roomId) {
        return roomId.substring(0, roomId.indexOf('-')) + "_chat";
    }

    private static UUID roomSubject(String roomId) {
        return UUID.fromString(roomId.substring(roomId.indexOf('-') + 1));
    }
}
