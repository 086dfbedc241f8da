package bd.gov.cleancare.dashboard.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    private static final Path OUT = Path.of("target", "reports");

    private final PdfReport report = new PdfReport();

    @Test
    void describes_itself_as_pdf() {
        assertThat(report.format()).isEqualTo("pdf");
        assertThat(report.mediaType()).isEqualTo("application/pdf");
        assertThat(report.extension()).isEqualTo("pdf");
    }

    @Test
    void bengali_is_drawn_as_the_shaped_glyphs_java2d_produces_not_one_glyph_per_letter() throws Exception {
        byte[] pdf = report.render(ReportSamples.aMonth());

        Font font = bundledFont("NotoSansBengali-Regular.ttf");
        int[] shaped = withoutSpaces(font, shapedGlyphs(font, ReportSamples.SHAPING_SAMPLE));
        int[] oneGlyphPerLetter = withoutSpaces(font, unshapedGlyphs(font, ReportSamples.SHAPING_SAMPLE));
        assertThat(shaped).as("the sample must tell shaped from unshaped text").isNotEqualTo(oneGlyphPerLetter);

        try (var document = Loader.loadPDF(pdf)) {
            int[] drawn = withoutSpaces(font, glyphsDrawnWith(document.getPage(0), "NotoSansBengali-Regular"));
            assertThat(indexOf(drawn, shaped)).as("shaped glyphs of the sample on the cover page").isNotNegative();
            assertThat(indexOf(drawn, oneGlyphPerLetter)).isNegative();
        }
    }

    @Test
    void every_word_of_the_sample_keeps_its_conjuncts_reph_and_pre_base_vowels() throws Exception {
        byte[] pdf = report.render(ReportSamples.aMonth());
        Font font = bundledFont("NotoSansBengali-Regular.ttf");
        try (var document = Loader.loadPDF(pdf)) {
            int[] drawn = glyphsDrawnWith(document.getPage(0), "NotoSansBengali-Regular");
            for (String word : ReportSamples.SHAPING_SAMPLE.split(" ")) {
                assertThat(indexOf(drawn, shapedGlyphs(font, word))).as(word).isNotNegative();
            }
        }
    }

    @Test
    void a_zero_width_joiner_keeps_the_ya_phala_word_on_the_page() throws Exception {
        byte[] pdf = report.render(ReportSamples.aMonth());
        Font bold = bundledFont("NotoSansBengali-Bold.ttf");
        // র + ZWJ + ্য: ya-phala after র, not a reph; Java2D shapes the ZWJ to the non-glyph 0xFFFF.
        int[] shaped = Arrays.stream(shapedGlyphs(bold, "র\u200D্যাঙ্কিং")).filter(g -> g != 0xFFFF).toArray();
        assertThat(shaped).isNotEqualTo(Arrays.stream(shapedGlyphs(bold, "র্যাঙ্কিং")).filter(g -> g != 0xFFFF).toArray());
        try (var document = Loader.loadPDF(pdf)) {
            int wardPage = pageContaining(document, "ওয়ার্ড র\u200D্যাঙ্কিং");
            assertThat(indexOf(glyphsDrawnWith(document.getPage(wardPage), "NotoSansBengali-Bold"), shaped)).isNotNegative();
        }
    }

    @Test
    void text_extraction_finds_the_bengali_title_and_a_ward() throws Exception {
        byte[] pdf = report.render(ReportSamples.aMonth());
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(ReportSamples.TITLE_BN).contains("ওয়ার্ড ১২").contains("শাহবাগ");
        }
    }

    @Test
    void the_counted_answers_to_category_questions_get_their_own_table() throws Exception {
        var month = ReportSamples.aMonth();
        var withAnswers = new ReportContent(month.titleBn(), month.titleEn(), month.reportType(), month.from(), month.to(),
                month.scopeBn(), month.scopeEn(), month.generatedAt(), month.kpis(), month.wardRanking(), month.categories(),
                month.daily(), List.of(new ReportContent.AnswerRow("পানি সরবরাহ", "পানির রং কেমন?", "What colour is the water?",
                        "ঘোলা", 42)));

        try (var document = Loader.loadPDF(report.render(withAnswers))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("প্রশ্নের উত্তর", "Answers to category questions", "What colour is the water?", "৪২");
        }
        try (var document = Loader.loadPDF(report.render(month))) {
            assertThat(new PDFTextStripper().getText(document)).as("no answers, no section")
                    .doesNotContain("Answers to category questions");
        }
    }

    @Test
    void shaped_words_copy_back_as_the_letters_they_were_made_of() throws Exception {
        byte[] pdf = report.render(ReportSamples.aMonth());
        try (var document = Loader.loadPDF(pdf)) {
            // Ligature glyphs map back to one letter at most; the ActualText spans carry the whole words.
            assertThat(new PDFTextStripper().getText(document))
                    .contains("ক্ষমা অন্ন বর্জ্য ব্যবস্থাপনা কিশোর বৈঠক রাষ্ট্র স্বাস্থ্য")
                    .contains("ওয়ার্ড র\u200D্যাঙ্কিং");
        }
    }

    /** Writes target/reports/report-page{n}.png; docs/reports/ holds a reviewed copy of these pages. */
    @Test
    void every_page_renders_as_an_image_with_the_ward_table_on_it() throws Exception {
        byte[] pdf = report.render(ReportSamples.aMonth());
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("sample-report.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 120);
                assertThat(image.getWidth()).as("A4 at 120 dpi").isBetween(990, 995);
                ImageIO.write(image, "png", OUT.resolve("report-page" + (page + 1) + ".png").toFile());
            }
            assertThat(pageContaining(document, "ওয়ার্ড র\u200D্যাঙ্কিং")).isPositive();
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void an_empty_report_renders_with_no_data_lines() throws Exception {
        for (var content : List.of(ReportSamples.empty(), ReportSamples.nulls())) {
            byte[] pdf = report.render(content);
            try (var document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("কোনো তথ্য নেই");
            }
        }
    }

    @Test
    void one_renderer_serves_reports_rendered_at_the_same_time() throws Exception {
        Font font = bundledFont("NotoSansBengali-Regular.ttf");
        int[] shaped = withoutSpaces(font, shapedGlyphs(font, ReportSamples.SHAPING_SAMPLE));
        try (var pool = Executors.newFixedThreadPool(4)) {
            var renders = IntStream.range(0, 8).mapToObj(i -> pool.submit(() -> report.render(ReportSamples.aMonth()))).toList();
            for (var render : renders) {
                try (var document = Loader.loadPDF(render.get())) {
                    int[] drawn = withoutSpaces(font, glyphsDrawnWith(document.getPage(0), "NotoSansBengali-Regular"));
                    assertThat(indexOf(drawn, shaped)).isNotNegative();
                    assertThat(new PDFTextStripper().getText(document)).contains(ReportSamples.TITLE_BN);
                }
            }
        }
    }

    @Test
    void a_two_thousand_day_series_renders() throws Exception {
        var content = ReportSamples.aMonthWith("সব ওয়ার্ড", ReportSamples.daily(ReportSamples.FROM.minusDays(1999), 2000));
        long start = System.nanoTime();
        byte[] pdf = report.render(content);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("2,000-day PDF: %d ms, %d bytes%n", millis, pdf.length);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("sample-report-2000-days.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
    }

    static Font bundledFont(String file) throws Exception {
        try (InputStream in = PdfReportTest.class.getResourceAsStream("/fonts/" + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f);
        }
    }

    private static FontRenderContext frc() {
        return new FontRenderContext(new AffineTransform(), false, true);
    }

    static int[] shapedGlyphs(Font font, String text) {
        char[] chars = text.toCharArray();
        var vector = font.layoutGlyphVector(frc(), chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        return vector.getGlyphCodes(0, vector.getNumGlyphs(), null);
    }

    private static int[] unshapedGlyphs(Font font, String text) {
        var vector = font.createGlyphVector(frc(), text);
        return vector.getGlyphCodes(0, vector.getNumGlyphs(), null);
    }

    /** Line breaks drop the space at the end of a line, so spaces are left out of comparisons. */
    private static int[] withoutSpaces(Font font, int[] glyphs) {
        int space = unshapedGlyphs(font, " ")[0];
        return Arrays.stream(glyphs).filter(g -> g != space).toArray();
    }

    /** The 2-byte glyph ids (Identity-H) shown with a font whose name contains {@code fontName}, in drawing order. */
    static int[] glyphsDrawnWith(PDPage page, String fontName) throws IOException {
        var parser = new PDFStreamParser(page);
        var operands = new ArrayList<COSBase>();
        var glyphs = new ArrayList<Integer>();
        boolean selected = false;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (operator.getName()) {
                case "Tf" -> {
                    var font = page.getResources().getFont((COSName) operands.getFirst());
                    selected = font != null && font.getName().contains(fontName);
                }
                case "Tj", "'", "\"" -> {
                    if (selected) {
                        addGlyphs((COSString) operands.getLast(), glyphs);
                    }
                }
                case "TJ" -> {
                    if (selected) {
                        for (COSBase item : (COSArray) operands.getLast()) {
                            if (item instanceof COSString string) {
                                addGlyphs(string, glyphs);
                            }
                        }
                    }
                }
                default -> {
                }
            }
            operands.clear();
        }
        return glyphs.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void addGlyphs(COSString string, List<Integer> glyphs) {
        byte[] bytes = string.getBytes();
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            glyphs.add(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF));
        }
    }

    static int indexOf(int[] haystack, int[] needle) {
        return Collections.indexOfSubList(Arrays.stream(haystack).boxed().toList(), Arrays.stream(needle).boxed().toList());
    }

    private static int pageContaining(PDDocument document, String text) throws IOException {
        var stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(text)) {
                return page - 1;
            }
        }
        throw new AssertionError("No page shows " + text);
    }
}
