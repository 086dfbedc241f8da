package bd.gov.cleancare.chat.internal;

import bd.gov.cleancare.chat.ChatProperties;
import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.security.WardScopes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who may be in a room. complaint-{id}: its citizen, its assignee, the admins permitted in its ward,
 * super admins. support-{userId}: that citizen and the staff of their ward. Nobody else.
 */
@Component
public class Rooms {

    private final Complaints complaints;
    private final Users users;
    private final WardScopes scopes;
    private final Map<String, Office> offices = new ConcurrentHashMap<>();

    private record Office(List<UUID> staff, long at) {
    }

    private final Duration officeTtl;

    public Rooms(Complaints complaints, Users users, WardScopes scopes, ChatProperties properties) {
        this.complaints = complaints;
        this.users = users;
        this.scopes = scopes;
        this.officeTtl = properties.officeTtl();
    }

    /** What a room is about: its citizen, its ward and, for a complaint, its assignee. */
    public record Room(String id, String kind, UUID citizenId, String cityCorporation, String wardNumber, UUID assigneeId, String title) {
    }

    public Optional<Room> describe(String roomId) {
        if (roomId == null) {
            return Optional.empty();
        }
        if (roomId.startsWith("complaint-")) {
            return uuid(roomId.substring("complaint-".length())).flatMap(complaints::participants)
                    .map(p -> new Room(roomId, "complaint", p.ownerId(), p.cityCorporation(), p.wardNumber(), p.assignedTo(), p.trackingNumber()));
        }
        if (roomId.startsWith("support-")) {
            return uuid(roomId.substring("support-".length())).flatMap(users::find).filter(u -> "citizen".equals(u.userType()))
                    .map(u -> new Room(roomId, "support", u.id(), u.cityCorporation(), u.wardNumber(), null, u.name()));
        }
        return Optional.empty();
    }

    /** The room, if the user is a member: 404 for a room that does not exist, 403 for one they are not in. */
    public Room require(CurrentUser me, String roomId) {
        var room = describe(roomId).orElseThrow(() -> new NotFound("chat.room.not-found"));
        if (!isMember(me, room)) {
            throw new Forbidden("chat.room.forbidden");
        }
        return room;
    }

    public boolean isMember(CurrentUser me, Room room) {
        if (me.is(room.citizenId()) || me.isSuperAdmin() || (room.assigneeId() != null && me.is(room.assigneeId()))) {
            return true;
        }
        return me.type() == UserType.ADMIN
                && (scopes.of(me, "complaints", WardScopes.Action.READ).includes(room.cityCorporation(), room.wardNumber())
                    || scopes.of(me, "chat", WardScopes.Action.READ).includes(room.cityCorporation(), room.wardNumber()));
    }

    /** Who hears of a message: the citizen, the assignee and, for the citizen's own messages, the ward office. */
    public List<UUID> recipients(Room room, UUID sender, List<UUID> office) {
        var people = new LinkedHashSet<UUID>();
        people.add(room.citizenId());
        if (room.assigneeId() != null) {
            people.add(room.assigneeId());
        }
        if (sender.equals(room.citizenId())) {
            people.addAll(office);
        }
        people.remove(sender);
        return List.copyOf(people);
    }

    /**
     * The ward office that answers the room: its admins, or the super admins where a ward has none
     * yet. Asked on every citizen message, so kept a while per ward (ChatProperties.officeTtl): a new
     * admin of the ward starts hearing of messages within that.
     */
    public List<UUID> officeOf(Room room) {
        var key = room.cityCorporation() + "/" + room.wardNumber();
        var now = System.nanoTime();
        var known = offices.get(key);
        if (known != null && now - known.at() < officeTtl.toNanos()) {
            return known.staff();
        }
        var staff = lookUpOffice(room);
        offices.put(key, new Office(staff, now));
        return staff;
    }

    private List<UUID> lookUpOffice(Room room) {
        if (room.wardNumber() == null) {
            return scopes.staffOf(null, null, "complaints");
        }
        var admins = scopes.wardAdminsOf(room.cityCorporation(), room.wardNumber(), "complaints");
        return admins.isEmpty() ? scopes.staffOf(room.cityCorporation(), room.wardNumber(), "complaints") : admins;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
