package bd.gov.cleancare.platform.pages;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Which requests are pages: everything but the API and the machine-facing routes. New page URLs
 * need no registration here; a new machine-facing prefix does.
 */
public final class PagePaths {

    private static final List<String> NOT_PAGES = List.of("/api/", "/actuator/", "/ws/", "/media/", "/open311/", "/feeds/");
    private static final List<String> ASSETS = List.of("/css/", "/js/", "/vendor/", "/favicon.ico");

    private PagePaths() {
    }

    /** For an error dispatch, whether the request that failed was a page (its error is then HTML). */
    public static boolean isPage(HttpServletRequest request) {
        return isPage(path(request));
    }

    public static boolean isPage(String path) {
        if (path.equals("/error")) {
            return false;
        }
        return NOT_PAGES.stream().noneMatch(prefix -> path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1)));
    }

    public static boolean isAsset(HttpServletRequest request) {
        var path = path(request);
        return ASSETS.stream().anyMatch(path::startsWith);
    }

    private static String path(HttpServletRequest request) {
        var failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var uri = request.getDispatcherType() == DispatcherType.ERROR && failed instanceof String original
                ? original : request.getRequestURI();
        var context = request.getContextPath();
        return context.isEmpty() || !uri.startsWith(context) ? uri : uri.substring(context.length());
    }
}
