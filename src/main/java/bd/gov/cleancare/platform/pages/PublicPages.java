package bd.gov.cleancare.platform.pages;

import java.util.List;

/**
 * Pages a module opens to visitors who are not signed in (path patterns, e.g. "/track", "/track/**").
 * Each module declares its own as a bean; every other page sends visitors to the login page.
 */
public record PublicPages(List<String> patterns) {

    public PublicPages(String... patterns) {
        this(List.of(patterns));
    }
}
