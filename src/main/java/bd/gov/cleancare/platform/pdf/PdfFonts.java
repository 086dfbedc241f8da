package bd.gov.cleancare.platform.pdf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutFontManager.FontCaching;
import org.openpdf.text.pdf.GlyphLayoutFontManager.FontLoadException;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * The bundled Noto fonts (Bengali and Latin, regular and bold), loaded once into a {@link GlyphLayoutManager} so
 * that OpenPDF draws Bengali through Java2D's shaper: conjuncts, reph and pre-base vowel signs come out as a reader
 * expects, and ActualText keeps the text searchable. Immutable after construction, so one instance serves every
 * report being rendered at the same time.
 */
public final class PdfFonts {

    public enum Weight { REGULAR, BOLD }

    private final GlyphLayoutFontManager awtFonts;
    private final GlyphLayoutManager layout;
    private final BaseFont bengali;
    private final BaseFont bengaliBold;
    private final BaseFont latin;
    private final BaseFont latinBold;

    public PdfFonts() {
        // No caching: OpenPDF's cache is a static map; these fonts live exactly as long as this object.
        awtFonts = new GlyphLayoutFontManager().setFontCaching(FontCaching.OFF);
        layout = new JoinerSafeGlyphLayout(awtFonts).setWriteActualText(true);
        bengali = load("NotoSansBengali-Regular.ttf");
        bengaliBold = load("NotoSansBengali-Bold.ttf");
        latin = load("NotoSans-Regular.ttf");
        latinBold = load("NotoSans-Bold.ttf");
    }

    public GlyphLayoutManager layout() {
        return layout;
    }

    /** Bengali text (it may hold Latin words, e.g. "DSCC"): the Bengali font first, Noto Sans for what it lacks. */
    public Phrase bengali(String text, float size, Weight weight, Color color) {
        var selector = new FontSelector();
        selector.addFont(new Font(weight == Weight.BOLD ? bengaliBold : bengali, size, Font.NORMAL, color));
        selector.addFont(new Font(weight == Weight.BOLD ? latinBold : latin, size, Font.NORMAL, color));
        return selector.process(printable(text));
    }

    /** English text (the small secondary labels): Noto Sans first, so spaces and digits stay in the Latin face. */
    public Phrase english(String text, float size, Weight weight, Color color) {
        var selector = new FontSelector();
        selector.addFont(new Font(weight == Weight.BOLD ? latinBold : latin, size, Font.NORMAL, color));
        selector.addFont(new Font(weight == Weight.BOLD ? bengaliBold : bengali, size, Font.NORMAL, color));
        return selector.process(printable(text));
    }

    /**
     * A line break or a gap in the Latin face. A chunk without one of these fonts would get OpenPDF's Helvetica, which
     * the GlyphLayoutManager refuses to draw.
     */
    public Chunk newline() {
        return new Chunk("\n", filler());
    }

    public Chunk space() {
        return new Chunk("  ", filler());
    }

    /** For the blanks OpenPDF writes itself (e.g. paragraph spacing), which would otherwise be Helvetica. */
    public Font filler() {
        return new Font(latin, 8f);
    }

    /** The same Bengali font as a Java2D font, for charts (Java2D shapes Bengali itself). */
    public java.awt.Font chartBengali(float size, Weight weight) {
        return awtFonts.getAwtFont(weight == Weight.BOLD ? bengaliBold : bengali, size);
    }

    public java.awt.Font chartLatin(float size, Weight weight) {
        return awtFonts.getAwtFont(weight == Weight.BOLD ? latinBold : latin, size);
    }

    /**
     * Replaces what neither font can draw. OpenPDF would otherwise hand such a character to FontSelector's own
     * fallback font, which the GlyphLayoutManager does not know and refuses to draw.
     */
    public String printable(String text) {
        if (text == null || text.isEmpty()) {
            return BengaliFormat.MISSING;
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (bengali.charExists(cp) || latin.charExists(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font /fonts/" + file + " is missing from the classpath");
            }
            return layout.loadFont(file, new ByteArrayInputStream(in.readAllBytes()), 10f).getBaseFont();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        } catch (FontLoadException e) {
            throw new IllegalStateException("Cannot load font " + file, e);
        }
    }
}
