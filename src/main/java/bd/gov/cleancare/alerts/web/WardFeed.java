package bd.gov.cleancare.alerts.web;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.PublicComplaint;
import bd.gov.cleancare.complaints.PublicComplaintQuery;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.security.PublicRoutes;
import bd.gov.cleancare.platform.text.StoredValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The public Atom feed of a ward's complaints (optionally one category): only complaints open to the
 * public, and of each only what the public tracking page shows of the problem — never who filed it,
 * never the free-text description (it may hold a phone number). Cached by readers and proxies for five
 * minutes; a reader polling with its ETag gets 304.
 */
@RestController
@Tag(name = "alerts", description = "Alerts on new complaints and status changes in a ward or near a place")
class WardFeed {

    private static final int ENTRIES = 50;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Complaints complaints;
    private final Geography geography;
    private final MessageSource messages;
    private final String publicUrl;

    WardFeed(Complaints complaints, Geography geography, MessageSource messages,
            @Value("${cleancare.public-url:http://localhost:8080}") String publicUrl) {
        this.complaints = complaints;
        this.geography = geography;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/feeds/wards/{cityCorporation}/{wardNumber}.atom")
    @Operation(summary = "Atom feed of a ward's public complaints, newest first; ?category= an English code")
    ResponseEntity<String> feed(@PathVariable String cityCorporation, @PathVariable String wardNumber,
            @RequestParam(required = false) String category, WebRequest request) {
        var ward = geography.ward(cityCorporation, wardNumber).orElseThrow(() -> new NotFound("alert.feed.ward-not-found"));
        var only = category == null || category.isBlank() ? null : StoredValue.parse(Category.class, "category", category);
        var entries = complaints.publicComplaints(new PublicComplaintQuery(List.of(), only == null ? Set.of() : Set.of(only), Set.of(),
                ward.cityCorporation(), ward.wardNumber(), null, null, ENTRIES));
        var locale = LocaleContextHolder.getLocale();
        var english = "en".equals(locale.getLanguage());
        var self = publicUrl + "/feeds/wards/" + ward.cityCorporation() + "/" + ward.wardNumber() + ".atom"
                + (only == null ? "" : "?category=" + only.code());
        var updated = entries.stream().map(WardFeed::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        var body = atom(self, english, text(locale, "alert.feed.title", english ? ward.nameEn() : ward.nameBn(),
                only == null ? text(locale, "alert.feed.all") : text(locale, "complaint.category." + only.code())), updated, entries, locale);
        var etag = "\"" + sha256(body) + "\"";
        var cache = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
        }
        return ResponseEntity.ok().contentType(ATOM).eTag(etag).lastModified(updated.truncatedTo(ChronoUnit.SECONDS))
                .cacheControl(cache)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).body(body);
    }

    private String atom(String self, boolean english, String title, Instant updated, List<PublicComplaint> entries, Locale locale) {
        try {
            var out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", english ? "en" : "bn");
            element(xml, "id", self);
            element(xml, "title", title);
            element(xml, "updated", iso(updated));
            link(xml, "self", self);
            xml.writeStartElement("author");
            element(xml, "name", text(locale, "page.brand"));
            xml.writeEndElement();
            for (var complaint : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + complaint.id());
                element(xml, "title", complaint.trackingNumber() + " — " + complaint.title());
                element(xml, "published", iso(complaint.createdAt()));
                element(xml, "updated", iso(updated(complaint)));
                link(xml, "alternate", publicUrl + "/track?number=" + complaint.trackingNumber());
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", complaint.category().code());
                xml.writeAttribute("label", text(locale, "complaint.category." + complaint.category().code()));
                element(xml, "summary", text(locale, "alert.feed.summary",
                        text(locale, "complaint.category." + complaint.category().code()),
                        text(locale, "complaint.status." + complaint.status().code()), complaint.location()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant updated(PublicComplaint complaint) {
        return complaint.updatedAt() == null ? complaint.createdAt() : complaint.updatedAt();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes wardFeeds() {
            return new PublicRoutes("GET /feeds/wards/**");
        }
    }
}
