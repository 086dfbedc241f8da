package bd.gov.cleancare.platform.pdf;

import java.awt.font.GlyphVector;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGlyphArray;

/**
 * OpenPDF's glyph layout, except that positioned text keeps the glyphs around a zero-width joiner or non-joiner.
 * Java2D shapes ZWJ/ZWNJ to the non-glyph 0xFFFF; OpenPDF 3.0.5 then drops the whole run of glyphs it sits in
 * whenever the run needs positioning, so "র‍্যাঙ্কিং" (র + ZWJ + ্য: ya-phala, not reph) vanished from the page.
 * Here non-glyphs are skipped one by one and every other glyph is placed where Java2D put it.
 */
public final class JoinerSafeGlyphLayout extends GlyphLayoutManager {

    private static final float NEGLIGIBLE = 1e-5f;

    public JoinerSafeGlyphLayout(GlyphLayoutFontManager fonts) {
        super(fonts);
    }

    @Override
    protected void adjustAndShowText(PdfContentByte canvas, float fontSize, GlyphVector glyphs) {
        float toTextSpace = 1000f / fontSize;
        var array = new PdfGlyphArray();
        // Where the PDF's text position stands after the glyphs written so far.
        float pen = 0f;
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            int glyph = glyphs.getGlyphCode(i);
            if (glyph == 0xFFFF || glyph == 0xFFFE) {
                continue;
            }
            var position = glyphs.getGlyphPosition(i);
            float dx = (float) position.getX() - pen;
            float dy = (float) position.getY();
            boolean raised = Math.abs(dy) >= NEGLIGIBLE;
            if (raised) {
                flush(canvas, array);
                canvas.setTextRise(-dy);
            }
            if (Math.abs(dx) >= NEGLIGIBLE) {
                array.add(-dx * toTextSpace);
            }
            array.add(glyph);
            if (raised) {
                flush(canvas, array);
                canvas.setTextRise(0f);
            }
            pen = (float) position.getX() + glyphs.getGlyphMetrics(i).getAdvanceX();
        }
        float end = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
        if (Math.abs(end - pen) >= NEGLIGIBLE) {
            array.add(-(end - pen) * toTextSpace);
        }
        flush(canvas, array);
    }

    private static void flush(PdfContentByte canvas, PdfGlyphArray array) {
        if (!array.isEmpty()) {
            canvas.showText(array);
            array.clear();
        }
    }
}
