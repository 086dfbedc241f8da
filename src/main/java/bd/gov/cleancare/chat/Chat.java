package bd.gov.cleancare.chat;

import bd.gov.cleancare.chat.internal.ChatRepository;
import bd.gov.cleancare.chat.internal.Rooms;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.PayloadTooLarge;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.errors.TooManyRequests;
import bd.gov.cleancare.platform.images.ImageProcessing;
import bd.gov.cleancare.platform.images.NotAnImage;
import bd.gov.cleancare.platform.ratelimit.SlidingWindows;
import bd.gov.cleancare.platform.realtime.Fanout;
import bd.gov.cleancare.platform.realtime.Presence;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScope;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.storage.FileType;
import bd.gov.cleancare.platform.storage.Storage;
import bd.gov.cleancare.platform.web.Languages;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chat between citizens and ward offices (seed §6): every message is stored before it is delivered,
 * delivered to every instance through Redis, and sent by whoever the token proves — never a
 * client-sent sender_id. When no staff of the ward is online, the assistant answers.
 */
@Service
public class Chat {

    private static final Logger log = LoggerFactory.getLogger(Chat.class);

    /** Redis channel of a room's messages: every instance relays them to its members' sockets. */
    public static final String CHANNEL_PREFIX = "cc:chat:";
    public static final int MAX_LENGTH = 2000;
    static final long MAX_UPLOAD = 10L * 1024 * 1024;

    private final ChatRepository messages;
    private final Rooms rooms;
    private final Users users;
    private final WardScopes scopes;
    private final Presence presence;
    private final Fanout fanout;
    private final SlidingWindows windows;
    private final Storage storage;
    private final ImageProcessing images;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final MessageSource texts;
    private final ChatProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    Chat(ChatRepository messages, Rooms rooms, Users users, WardScopes scopes, Presence presence, Fanout fanout, SlidingWindows windows,
            Storage storage, ImageProcessing images, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transactions,
            MessageSource texts, ChatProperties properties, JsonMapper json, Clock clock) {
        this.messages = messages;
        this.rooms = rooms;
        this.users = users;
        this.scopes = scopes;
        this.presence = presence;
        this.fanout = fanout;
        this.windows = windows;
        this.storage = storage;
        this.images = images;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.texts = texts;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Where presence says a member is while their socket to the room is open. */
    public static String place(String roomId) {
        return "chat:" + roomId;
    }

    /** The room, if the user may be in it (the socket checks at connect, and again after ChatProperties.admissionTtl). */
    public Rooms.Room admit(CurrentUser me, String roomId) {
        return rooms.require(me, roomId);
    }

    public ChatMessageView send(CurrentUser me, String roomId, String text, String type, String fileUrl) {
        return send(me, rooms.require(me, roomId), text, type, fileUrl);
    }

    /** Sends to a room the user was admitted to moments ago (a socket re-admits every ChatProperties.admissionTtl). */
    public ChatMessageView send(CurrentUser me, Rooms.Room room, String text, String type, String fileUrl) {
        var roomId = room.id();
        var messageType = type == null || type.isBlank() ? "text" : type.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "image", "file").contains(messageType)) {
            throw RuleViolated.onField("message_type", "validation.choice", "text, image, file");
        }
        var body = text == null ? "" : text.strip();
        if (body.isEmpty() && messageType.equals("text")) {
            throw RuleViolated.onField("message", "validation.NotBlank");
        }
        if (body.codePointCount(0, body.length()) > MAX_LENGTH) {
            throw RuleViolated.onField("message", "validation.Size.max", MAX_LENGTH);
        }
        if (!messageType.equals("text") && !storage.owns(fileUrl)) {
            throw RuleViolated.onField("file_url", "chat.file.unknown");
        }
        windows.acquire("cc:chat:sent:" + me.id(), properties.messagesPerMinute(), Duration.ofMinutes(1)).ifPresent(wait -> {
            throw new TooManyRequests(wait, "chat.too-many", properties.messagesPerMinute());
        });
        var receiver = me.is(room.citizenId()) ? null : room.citizenId();
        var office = me.is(room.citizenId()) ? rooms.officeOf(room) : List.<UUID>of();
        // only members away from the room need a notification: most messages need no event at all
        var away = presence.absent(place(roomId), rooms.recipients(room, me.id(), office));
        var stored = transactions.execute(s -> {
            var message = messages.insert(roomId, me.id(), receiver, body, messageType, messageType.equals("text") ? null : fileUrl, false,
                    clock.instant());
            if (me.type().isStaff()) {
                audit.record(me, "chat.message_sent", "chat_room", null, Map.of("room_id", roomId));
            }
            if (!away.isEmpty()) {
                events.publishEvent(new ChatMessagePosted(message.id(), roomId, me.id(), message.senderName(), preview(body, messageType),
                        away));
            }
            return message;
        });
        deliver(stored);
        if (me.is(room.citizenId())) {
            try {
                answerIfNobodyIsOnline(room, stored, office, away);
            } catch (DataAccessException unavailable) {
                // The message is stored and delivered; the assistant's courtesy can wait for the next one.
                log.warn("no assistant reply in {}: {}", room.id(), unavailable.getMessage());
            }
        }
        return stored;
    }

    public List<ChatMessageView> history(CurrentUser me, String roomId, String before, Integer limit) {
        rooms.require(me, roomId);
        int size = limit == null ? 50 : Math.max(1, Math.min(limit, 100));
        Long beforeSeq = null;
        if (before != null && !before.isBlank()) {
            try {
                beforeSeq = messages.seqOf(roomId, UUID.fromString(before.strip())).orElseThrow(() -> RuleViolated.onField("before", "chat.cursor"));
            } catch (IllegalArgumentException e) {
                throw RuleViolated.onField("before", "chat.cursor");
            }
        }
        return messages.history(roomId, beforeSeq, size);
    }

    /** Marks the room read by me; the other members see the receipt live. */
    public int markRead(CurrentUser me, String roomId) {
        rooms.require(me, roomId);
        var at = clock.instant();
        int marked = transactions.execute(s -> messages.markRead(roomId, me.id(), at));
        if (marked == 0) {
            return 0;  // nothing new was read (a page polling, say): no receipt to tell anyone
        }
        fanout.publish(CHANNEL_PREFIX + roomId, json.writeValueAsString(
                Map.of("type", "read", "room_id", roomId, "user_id", me.id().toString(), "read_at", at.toString())));
        return marked;
    }

    /** How far the room's other members have read: my messages up to this seq show as seen. */
    public long readByOthers(CurrentUser me, String roomId) {
        rooms.require(me, roomId);
        return messages.readByOthers(roomId, me.id());
    }

    public List<RoomView> rooms(CurrentUser me) {
        WardScope staffWards = me.isSuperAdmin() ? WardScope.ALL
                : me.type() == UserType.ADMIN ? scopes.of(me, "complaints", WardScopes.Action.READ) : null;
        var result = new ArrayList<RoomView>();
        for (var row : messages.rooms(me.id(), staffWards, 100)) {
            var room = rooms.describe(row.roomId());
            if (room.isEmpty()) {
                continue;
            }
            result.add(new RoomView(row.roomId(), room.get().kind(), room.get().title(),
                    messages.bySeq(row.roomId(), row.lastSeq()).orElse(null), row.unread()));
        }
        return result;
    }

    /** An image or a PDF for a chat message; the answer's file_url goes into the message. */
    public Map<String, String> upload(CurrentUser me, String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw RuleViolated.onField("file", "validation.NotBlank");
        }
        if (content.length > MAX_UPLOAD) {
            throw new PayloadTooLarge("file", "upload.too-large", 10);
        }
        var type = FileType.recognise(content).orElseThrow(() -> RuleViolated.onField("file", "chat.file.type"));
        windows.acquire("cc:chat:upload:" + me.id(), 20, Duration.ofHours(1)).ifPresent(wait -> {
            throw new TooManyRequests(wait, "chat.uploads.too-many", 20);
        });
        if (type.isImage()) {
            try {
                var processed = images.process(content);
                return Map.of("file_url", storage.put("chat", processed.publicCopy(), processed.publicType()), "message_type", "image");
            } catch (NotAnImage e) {
                throw RuleViolated.onField("file", "chat.file.type");
            }
        }
        if (type != FileType.PDF) {
            throw RuleViolated.onField("file", "chat.file.type");
        }
        return Map.of("file_url", storage.put("chat", content, FileType.PDF), "message_type", "file");
    }

    public List<AutoReply> autoReplies(CurrentUser me) {
        requireSuperAdmin(me);
        return messages.autoReplies(false);
    }

    public AutoReply saveAutoReply(CurrentUser me, UUID id, List<String> keywords, String replyBn, String replyEn, Boolean active) {
        requireSuperAdmin(me);
        var words = keywords == null ? List.<String>of() : keywords.stream().filter(k -> k != null && !k.isBlank())
                .map(k -> k.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        if (words.isEmpty()) {
            throw RuleViolated.onField("keywords", "validation.NotBlank");
        }
        if (replyBn == null || replyBn.isBlank()) {
            throw RuleViolated.onField("reply_bn", "validation.NotBlank");
        }
        if (replyEn == null || replyEn.isBlank()) {
            throw RuleViolated.onField("reply_en", "validation.NotBlank");
        }
        if (id != null && messages.autoReplies(false).stream().noneMatch(r -> r.id().equals(id))) {
            throw new NotFound("chat.auto-reply.not-found");
        }
        var saved = transactions.execute(s -> {
            var savedId = messages.saveAutoReply(id, words, replyBn.strip(), replyEn.strip(), active == null || active, me.id());
            audit.record(me, "chat.auto_reply_saved", "chat_auto_reply", savedId, Map.of("keywords", words));
            return savedId;
        });
        return messages.autoReplies(false).stream().filter(r -> r.id().equals(saved)).findFirst().orElseThrow();
    }

    public void deleteAutoReply(CurrentUser me, UUID id) {
        requireSuperAdmin(me);
        transactions.executeWithoutResult(s -> {
            if (!messages.deleteAutoReply(id)) {
                throw new NotFound("chat.auto-reply.not-found");
            }
            audit.record(me, "chat.auto_reply_deleted", "chat_auto_reply", id, Map.of());
        });
    }

    private void deliver(ChatMessageView message) {
        fanout.publish(CHANNEL_PREFIX + message.roomId(), json.writeValueAsString(message));
    }

    /** No staff of the ward online: the assistant answers (at most once every two minutes per room). */
    private void answerIfNobodyIsOnline(Rooms.Room room, ChatMessageView asked, List<UUID> office, List<UUID> awayFromRoom) {
        var staff = new ArrayList<>(office);
        if (room.assigneeId() != null) {
            staff.add(room.assigneeId());
        }
        // staff in the room are online: no need to ask Redis again (the usual case of a live conversation)
        if (!awayFromRoom.containsAll(staff) || presence.anyOnline(Presence.ANYWHERE, staff)) {
            return;
        }
        if (windows.acquire("cc:chat:assistant:" + room.id(), 1, Duration.ofMinutes(2)).isPresent()) {
            return;
        }
        boolean english = users.find(room.citizenId()).map(u -> "en".equals(u.language())).orElse(false);
        var text = asked.message().toLowerCase(Locale.ROOT);
        var rule = messages.autoReplies(true).stream()
                .filter(r -> r.keywords().stream().anyMatch(k -> text.contains(k.toLowerCase(Locale.ROOT))))
                .findFirst();
        var reply = rule.map(r -> english ? r.replyEn() : r.replyBn())
                .orElseGet(() -> texts.getMessage("chat.assistant.offline", null, english ? Languages.ENGLISH : Languages.BENGALI));
        var bot = transactions.execute(s -> messages.insert(room.id(), null, room.citizenId(), reply, "text", null, true,
                clock.instant()));
        deliver(bot);
    }

    private static String preview(String body, String type) {
        if (!type.equals("text")) {
            return type.equals("image") ? "📷" : "📎";
        }
        return body.length() <= 80 ? body : body.substring(0, 80) + "…";
    }

    private static void requireSuperAdmin(CurrentUser me) {
        if (!me.isSuperAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
    }
}
