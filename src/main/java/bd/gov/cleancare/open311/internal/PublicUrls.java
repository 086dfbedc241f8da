package bd.gov.cleancare.open311.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute addresses for partners: stored media paths are relative to the site (local storage). */
@Component
public class PublicUrls {

    private final String base;

    public PublicUrls(@Value("${cleancare.public-url}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String absolute(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return url;
        }
        return base + (url.startsWith("/") ? url : "/" + url);
    }

    public String endpoint() {
        return base + "/open311/v2";
    }
}
