package bd.gov.cleancare.chat;

/** One of my rooms: what it is about, its last message, how many I have not read. */
public record RoomView(String roomId, String kind, String title, ChatMessageView lastMessage, long unreadCount) {
}
