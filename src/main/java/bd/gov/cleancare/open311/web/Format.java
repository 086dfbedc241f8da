package bd.gov.cleancare.open311.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The formats a GeoReport v2 resource is asked for by its extension; XML is the spec's required one. */
enum Format {
    JSON("json", MediaType.parseMediaType("application/json;charset=UTF-8")),
    XML("xml", MediaType.parseMediaType("text/xml;charset=UTF-8"));

    private final String extension;
    private final MediaType mediaType;

    Format(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** As discovery lists it: "text/xml", "application/json". */
    String mimeType() {
        return mediaType.getType() + "/" + mediaType.getSubtype();
    }

    static Optional<Format> of(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }

    /** For an error: the format the failed request asked for, else XML. */
    static Format ofPath(String path) {
        var lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") ? JSON : XML;
    }
}
