package bd.gov.cleancare.open311.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Node} as GeoReport v2 XML (with the UTF-8 declaration the spec asks for) or JSON. */
@Component
class Bodies {

    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();
    /** Characters XML 1.0 cannot carry at all, even escaped; they would make the document unreadable. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final JsonMapper json;

    Bodies(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> ok(Format format, Node body) {
        return entity(HttpStatus.OK, format, body, new HttpHeaders());
    }

    ResponseEntity<byte[]> entity(HttpStatus status, Format format, Node body, HttpHeaders headers) {
        var bytes = format == Format.JSON ? json.writeValueAsBytes(plain(body)) : xml(body);
        return ResponseEntity.status(status).headers(headers).contentType(format.mediaType()).body(bytes);
    }

    private static Object plain(Node node) {
        return switch (node) {
            case Node.Field field -> field.value();
            case Node.Group group -> {
                var object = new LinkedHashMap<String, Object>();
                group.children().forEach(child -> object.put(child.name(), plain(child)));
                yield object;
            }
            case Node.Repeated repeated -> {
                var array = new ArrayList<>();
                repeated.items().forEach(item -> array.add(plain(item)));
                yield array;
            }
        };
    }

    private static byte[] xml(Node root) {
        var out = new ByteArrayOutputStream();
        try {
            var writer = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            write(writer, root);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write an Open311 XML body", e);
        }
        return out.toByteArray();
    }

    private static void write(XMLStreamWriter writer, Node node) throws XMLStreamException {
        switch (node) {
            case Node.Field field -> {
                var text = text(field.value());
                if (text == null) {
                    writer.writeEmptyElement(field.name());
                } else {
                    writer.writeStartElement(field.name());
                    writer.writeCharacters(text);
                    writer.writeEndElement();
                }
            }
            case Node.Group group -> {
                writer.writeStartElement(group.name());
                for (var child : group.children()) {
                    write(writer, child);
                }
                writer.writeEndElement();
            }
            case Node.Repeated repeated -> {
                writer.writeStartElement(repeated.name());
                for (var item : repeated.items()) {
                    write(writer, item);
                }
                writer.writeEndElement();
            }
        }
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal number -> number.toPlainString();
            case String string -> NOT_XML.matcher(string).replaceAll("");
            default -> value.toString();
        };
    }
}
