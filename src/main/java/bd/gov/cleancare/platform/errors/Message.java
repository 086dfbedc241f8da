package bd.gov.cleancare.platform.errors;

/** A message-bundle key with its arguments, resolved in the caller's language when answered. */
public record Message(String key, Object... args) {
}
