package bd.gov.cleancare.chat.web;

import bd.gov.cleancare.chat.Chat;
import bd.gov.cleancare.chat.ChatMessageView;
import bd.gov.cleancare.chat.RoomView;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Chat as pages on the same {@link Chat} service as the API and the socket: a citizen's support room
 * with the ward office ({@code /chat}) and a complaint's room, the staff's view of a complaint's room;
 * who may read or write is the service's decision (membership, ward scope). Without JavaScript the
 * form posts and the history pages back with "older"; js/chat.js adds the live socket.
 */
@PageController
class ChatPages {

    private static final int PAGE = 30;

    private final Chat chat;
    private final Forms forms;

    ChatPages(Chat chat, Forms forms) {
        this.chat = chat;
        this.forms = forms;
    }

    record MessageForm(String message) {
    }

    /** A room in the list, with the page it opens. */
    record RoomLink(RoomView room, String href) {
    }

    /** A citizen: their support room and their other rooms; staff: the rooms of their wards. */
    @GetMapping("/chat")
    String chat(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String before, Model model) {
        if (me.type().isStaff()) {
            model.addAttribute("rooms", roomLinks(me));
            return "chat/rooms";
        }
        var view = room(me, "support-" + me.id(), before, model);
        // after the support room was read by showing it: its count is already zero
        model.addAttribute("rooms", roomLinks(me));
        return view;
    }

    @GetMapping("/complaints/{id}/chat")
    String complaintRoom(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String before,
            Model model) {
        return room(me, "complaint-" + id, before, model);
    }

    @GetMapping("/staff/complaints/{id}/chat")
    String staffComplaintRoom(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
            @RequestParam(required = false) String before, Model model) {
        return room(me, "complaint-" + id, before, model);
    }

    @GetMapping("/chat/rooms/{roomId}")
    String anyRoom(@AuthenticationPrincipal CurrentUser me, @PathVariable String roomId, @RequestParam(required = false) String before,
            Model model) {
        return room(me, roomId, before, model);
    }

    @PostMapping("/chat/rooms/{roomId}/messages")
    String send(@AuthenticationPrincipal CurrentUser me, @PathVariable String roomId, MessageForm form, Model model) {
        var room = chat.admit(me, roomId);
        var next = forms.submit(model, form, "chat/room", () -> {
            chat.send(me, room, form.message(), "text", null);
            return "redirect:" + address(me, room.id(), room.kind()) + "#composer";
        });
        // refused: the room again, with what was typed and why
        return next.startsWith("redirect:") ? next : room(me, roomId, null, model);
    }

    /** htmx polling, when the socket is not there: the latest messages, read as they are shown. */
    @GetMapping("/chat/rooms/{roomId}/latest")
    String latest(@AuthenticationPrincipal CurrentUser me, @PathVariable String roomId, Model model) {
        conversation(me, roomId, null, model);
        return "chat/room :: messages";
    }

    /** js/chat.js: a message arrived live while the page was open. */
    @PostMapping("/chat/rooms/{roomId}/read")
    ResponseEntity<Void> read(@AuthenticationPrincipal CurrentUser me, @PathVariable String roomId) {
        chat.markRead(me, roomId);
        return ResponseEntity.noContent().build();
    }

    private List<RoomLink> roomLinks(CurrentUser me) {
        return chat.rooms(me).stream().map(r -> new RoomLink(r, address(me, r.roomId(), r.kind()))).toList();
    }

    private String room(CurrentUser me, String roomId, String before, Model model) {
        var room = chat.admit(me, roomId);
        model.addAttribute("roomId", room.id());
        model.addAttribute("kind", room.kind());
        model.addAttribute("title", room.title());
        model.addAttribute("address", address(me, room.id(), room.kind()));
        model.addAttribute("back", back(me, room.id(), room.kind()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MessageForm(null));
        }
        conversation(me, roomId, before, model);
        return "chat/room";
    }

    private void conversation(CurrentUser me, String roomId, String before, Model model) {
        var newestFirst = chat.history(me, roomId, before, PAGE);
        List<ChatMessageView> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        model.addAttribute("roomId", roomId);
        model.addAttribute("messages", oldestFirst);
        model.addAttribute("older", newestFirst.size() == PAGE ? newestFirst.getLast().id() : null);
        model.addAttribute("paged", before != null && !before.isBlank());
        if (before == null || before.isBlank()) {
            // the newest messages are on screen: they count as read, and the others see the receipt
            chat.markRead(me, roomId);
        }
        model.addAttribute("seenUpTo", chat.readByOthers(me, roomId));
    }

    /** Where the room lives for this user: the citizen's own pages or the staff console. */
    private static String address(CurrentUser me, String roomId, String kind) {
        if ("support".equals(kind) && me.is(UUID.fromString(roomId.substring("support-".length())))) {
            return "/chat";
        }
        if ("complaint".equals(kind)) {
            var complaint = roomId.substring("complaint-".length());
            return me.type().isStaff() ? "/staff/complaints/" + complaint + "/chat" : "/complaints/" + complaint + "/chat";
        }
        return "/chat/rooms/" + roomId;
    }

    private static String back(CurrentUser me, String roomId, String kind) {
        if ("complaint".equals(kind)) {
            var complaint = roomId.substring("complaint-".length());
            return me.type().isStaff() ? "/staff/complaints/" + complaint : "/complaints/" + complaint;
        }
        return me.type().isStaff() ? "/chat" : null;
    }
}
