package bd.gov.cleancare.platform.realtime;

/** A WebSocket endpoint a module offers: its paths (with and without the trailing slash) and its handler. */
public record SocketRoute(AuthenticatedSocket handler, String... paths) {
}
