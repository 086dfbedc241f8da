package bd.gov.cleancare.administration;

/** POST /admin-users/ → 201 {message, user, invitation_sent}. */
public record Created(String message, AdminView user, boolean invitationSent) {
}
