package bd.gov.cleancare.chat.web;

import bd.gov.cleancare.chat.AutoReply;
import bd.gov.cleancare.chat.Chat;
import bd.gov.cleancare.chat.ChatMessageView;
import bd.gov.cleancare.chat.RoomView;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Chat over REST: rooms, history, read receipts, uploads, sending (the same as the socket), auto-replies. */
@RestController
@RequestMapping("/api/v1/chat")
@Tag(name = "chat", description = "Chat with the ward office (WebSocket at /ws/chat/{room_id}/)")
@SecurityRequirement(name = "bearer")
class ChatApi {

    private final Chat chat;

    ChatApi(Chat chat) {
        this.chat = chat;
    }

    record Listing<T>(int count, List<T> results) {
    }

    record MessageForm(@Size(max = 10000) String message, @Size(max = 20) String messageType, @Size(max = 500) String fileUrl) {
    }

    record AutoReplyForm(List<@Size(max = 100) String> keywords, @Size(max = 2000) String replyBn, @Size(max = 2000) String replyEn,
            Boolean isActive) {
    }

    @GetMapping("/rooms")
    @Operation(summary = "My rooms with their last message and unread count")
    Listing<RoomView> rooms(@AuthenticationPrincipal CurrentUser me) {
        var rooms = chat.rooms(me);
        return new Listing<>(rooms.size(), rooms);
    }

    @GetMapping("/rooms/{roomId}/messages")
    @Operation(summary = "History, newest first: ?before=<message id>&limit=")
    Listing<ChatMessageView> history(@AuthenticationPrincipal CurrentUser me, @PathVariable String roomId,
            @RequestParam(required = false) String before, @RequestParam(required = false) Integer limit) {
        var messages = chat.history(me, roomId, before, limit);
        return new Listing<>(messages.size(), messages);
    }

    @PostMapping("/rooms/{roomId}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a message (as over the socket)")
    ChatMessageView send(@AuthenticationPrincipal CurrentUser me, @PathVariable String roomId, @Valid @RequestBody MessageForm form) {
        return chat.send(me, roomId, form.message(), form.messageType(), form.fileUrl());
    }

    @PostMapping("/rooms/{roomId}/read")
    @Operation(summary = "Mark the room read")
    Map<String, Integer> read(@AuthenticationPrincipal CurrentUser me, @PathVariable String roomId) {
        return Map.of("marked", chat.markRead(me, roomId));
    }

    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload an image or PDF for a message (≤ 10 MB)")
    Map<String, String> upload(@AuthenticationPrincipal CurrentUser me, MultipartHttpServletRequest request) {
        var files = Uploads.all(request);
        if (files.isEmpty()) {
            throw bd.gov.cleancare.platform.errors.RuleViolated.onField("file", "problem.field.required");
        }
        return chat.upload(me, files.getFirst().name(), files.getFirst().content());
    }

    @GetMapping("/auto-replies")
    Listing<AutoReply> autoReplies(@AuthenticationPrincipal CurrentUser me) {
        var replies = chat.autoReplies(me);
        return new Listing<>(replies.size(), replies);
    }

    @PostMapping("/auto-replies")
    @ResponseStatus(HttpStatus.CREATED)
    AutoReply createAutoReply(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody AutoReplyForm form) {
        return chat.saveAutoReply(me, null, form.keywords(), form.replyBn(), form.replyEn(), form.isActive());
    }

    @PutMapping("/auto-replies/{id}")
    AutoReply updateAutoReply(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody AutoReplyForm form) {
        return chat.saveAutoReply(me, id, form.keywords(), form.replyBn(), form.replyEn(), form.isActive());
    }

    @DeleteMapping("/auto-replies/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAutoReply(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        chat.deleteAutoReply(me, id);
    }
}
