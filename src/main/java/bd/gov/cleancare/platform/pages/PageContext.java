package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.security.CurrentUser;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code #web} in templates: who is signed in and where the page is, so the layout (and error
 * pages, which get no model from a controller) can draw the header, the language switch and the map.
 */
public final class PageContext {

    private final String path;
    private final String query;
    private final Locale locale;
    private final WebPageProperties properties;

    PageContext(String path, String query, Locale locale, WebPageProperties properties) {
        // an error page's own address answers in JSON: its language switch leads home instead
        this.path = path.equals("/error") ? "/" : path;
        this.query = query;
        this.locale = locale;
        this.properties = properties;
    }

    public CurrentUser user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    public boolean signedIn() {
        return user() != null;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** This page in the other language: the same address and query with lang switched. */
    public String switchLanguage() {
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", english() ? "bn" : "en").build().toUriString();
    }

    public String path() {
        return path;
    }

    public String mapTileUrl() {
        return properties.mapTileUrl();
    }

    public String mapAttribution() {
        return properties.mapAttribution();
    }
}
