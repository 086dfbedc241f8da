package bd.gov.cleancare.platform.security;

import java.util.List;

/**
 * Routes a module opens to callers without a token (path patterns, without trailing slash; prefix
 * "GET " to open only reads). Each module declares its own as a bean; everything else requires authentication.
 */
public record PublicRoutes(List<String> patterns) {

    public PublicRoutes(String... patterns) {
        this(List.of(patterns));
    }
}
