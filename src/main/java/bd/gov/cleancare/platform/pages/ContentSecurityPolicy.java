package bd.gov.cleancare.platform.pages;

import java.net.URI;

/**
 * The pages' CSP: only this origin's scripts, styles, fonts and connections, no inline script, no
 * inline style but the layout's own stylesheet (by its hash), no framing; images also from the map tile server.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String of(String tileUrlTemplate, String inlineStyleSource) {
        return "default-src 'self'; script-src 'self'; style-src 'self' " + inlineStyleSource + "; img-src 'self' data: "
                + tileOrigin(tileUrlTemplate)
                + "; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    }

    /** "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org". */
    static String tileOrigin(String template) {
        var uri = URI.create(template.replace("{s}", "s").replaceAll("\\{[a-z]+}", "0"));
        var host = template.contains("{s}.") ? uri.getHost().replaceFirst("^s\\.", "*.") : uri.getHost();
        return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
