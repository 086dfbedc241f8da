package bd.gov.cleancare.platform.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The pages' stylesheet, inlined into every page's head: on a slow 3G link a separate file costs a
 * second two-second round trip before anything is painted, while the whole sheet is a few kilobytes
 * compressed. The CSP allows exactly this text by its SHA-256, and still no other inline style.
 */
@Component
public class PageStyles {

    private final String css;
    private final String cspSource;

    PageStyles() {
        try {
            this.css = new ClassPathResource("static/css/app.css").getContentAsString(StandardCharsets.UTF_8);
            var digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            this.cspSource = "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (IOException e) {
            throw new UncheckedIOException("static/css/app.css is part of the application", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The stylesheet's text, for the layout's {@code <style>} element. */
    public String css() {
        return css;
    }

    /** The CSP source that allows exactly {@link #css()}. */
    String cspSource() {
        return cspSource;
    }
}
