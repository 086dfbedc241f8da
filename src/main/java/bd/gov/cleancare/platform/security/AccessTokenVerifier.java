package bd.gov.cleancare.platform.security;

/** Turns a bearer token into the caller, or throws {@code Unauthorized}; identity implements it. */
public interface AccessTokenVerifier {

    CurrentUser verify(String bearerToken);

    /** Whether a token verified earlier has been revoked since (long-lived WebSockets ask this). */
    boolean isRevoked(java.util.UUID tokenId);

    /** Which of these tokens have been revoked, asked in one round trip (the WebSocket sweep holds thousands). */
    java.util.Set<java.util.UUID> revokedAmong(java.util.Collection<java.util.UUID> tokenIds);
}
