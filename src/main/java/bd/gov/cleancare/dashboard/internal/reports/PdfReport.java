package bd.gov.cleancare.dashboard.internal.reports;

import bd.gov.cleancare.platform.pdf.PdfFonts;
import bd.gov.cleancare.platform.pdf.BengaliFormat;

import bd.gov.cleancare.platform.pdf.PdfFonts.Weight;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.CategoryRow;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.DailyRow;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.Kpi;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.WardRow;
import bd.gov.cleancare.platform.text.Digits;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The report as an A4 PDF in Bengali. OpenPDF measures Bengali before shaping (a line measures wider than it is
 * drawn), so Bengali text is always left-aligned; only numbers, which measure exactly, are right-aligned.
 */
@Component
class PdfReport implements ReportRenderer {

    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color BRAND = new Color(0x00, 0x6A, 0x4E);
    private static final Color HEADER_FILL = new Color(0xE6, 0xF0, 0xEC);
    private static final Color STRIPE_FILL = new Color(0xF6, 0xF8, 0xF7);
    private static final Color RULE = new Color(0xC8, 0xD2, 0xCE);

    private static final float MARGIN = 42f;
    private static final float BODY = 10f;
    private static final float SMALL = 7.5f;

    private final PdfFonts fonts;
    private final PdfCharts charts;

    PdfReport() {
        this.fonts = new PdfFonts();
        this.charts = new PdfCharts(fonts);
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public byte[] render(ReportContent content) {
        Objects.requireNonNull(content, "content");
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 18f);
        document.setGlyphLayoutManager(fonts.layout());
        var writer = PdfWriter.getInstance(document, out);
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new Footer(text(content.titleBn())));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("bn-BD"));
        document.addTitle(text(content.titleBn()));
        document.addSubject(text(content.titleEn()));
        document.addCreator("Clean Care Bangladesh");
        document.open();

        cover(document, content);
        document.newPage();
        heading(document, "১. মূল সূচক", "Key figures");
        document.add(kpiTable(list(content.kpis())));
        keepTogether(document, writer, PdfCharts.categoryBarsHeight(list(content.categories()).size()) + 60f);
        heading(document, "২. বিভাগভিত্তিক অভিযোগ", "Complaints by category");
        categorySection(document, writer, list(content.categories()));
        keepTogether(document, writer, PdfCharts.DAILY_HEIGHT + 60f);
        heading(document, "৩. দৈনিক অভিযোগ", "Daily complaints");
        dailySection(document, writer, list(content.daily()));
        keepTogether(document, writer, 180f);
        heading(document, "৪. ওয়ার্ড র\u200D্যাঙ্কিং", "Ward ranking");
        document.add(wardNote());
        document.add(wardTable(list(content.wardRanking())));
        if (!list(content.answers()).isEmpty()) {
            keepTogether(document, writer, 120f);
            heading(document, "৫. অভিযোগের ধরনের প্রশ্নের উত্তর", "Answers to category questions");
            document.add(answerTable(list(content.answers())));
        }

        document.close();
        return out.toByteArray();
    }

    private void cover(Document document, ReportContent content) {
        var band = new PdfPTable(1);
        band.setWidthPercentage(100);
        var brand = new Phrase();
        brand.add(fonts.bengali("ক্লিন কেয়ার বাংলাদেশ", 20f, Weight.BOLD, Color.WHITE));
        brand.add(fonts.newline());
        brand.add(fonts.english("Clean Care Bangladesh · Dhaka South and Dhaka North City Corporations", 8.5f, Weight.REGULAR,
                Color.WHITE));
        var bandCell = cell(brand);
        bandCell.setBackgroundColor(BRAND);
        bandCell.setBorder(Rectangle.NO_BORDER);
        bandCell.setPadding(16f);
        band.addCell(bandCell);
        document.add(band);

        document.add(paragraph(fonts.bengali(content.titleBn(), 24f, Weight.BOLD, INK), 90f, 6f));
        document.add(paragraph(fonts.english(content.titleEn(), 13f, Weight.REGULAR, MUTED), 0f, 36f));

        var facts = new PdfPTable(new float[] {28, 72});
        facts.setWidthPercentage(100);
        fact(facts, "এলাকা", "Scope", fonts.bengali(content.scopeBn(), 12f, Weight.REGULAR, INK),
                content.scopeEn() == null ? null : fonts.english(content.scopeEn(), SMALL + 1f, Weight.REGULAR, MUTED));
        fact(facts, "সময়কাল", "Period",
                fonts.bengali(BengaliFormat.period(content.from(), content.to()), 12f, Weight.REGULAR, INK), null);
        fact(facts, "তৈরির সময়", "Generated",
                fonts.bengali(BengaliFormat.dateTime(content.generatedAt()), 12f, Weight.REGULAR, INK), null);
        if (content.reportType() != null) {
            fact(facts, "রিপোর্টের ধরন", "Report type", fonts.english(content.reportType(), 11f, Weight.REGULAR, INK), null);
        }
        document.add(facts);
    }

    private void fact(PdfPTable table, String labelBn, String labelEn, Phrase value, Phrase secondary) {
        var label = new Phrase();
        label.add(fonts.bengali(labelBn, 11f, Weight.BOLD, BRAND));
        label.add(fonts.newline());
        label.add(fonts.english(labelEn, SMALL, Weight.REGULAR, MUTED));
        var labelCell = cell(label);
        labelCell.setBorder(Rectangle.BOTTOM);
        labelCell.setBorderColor(RULE);
        labelCell.setPaddingBottom(10f);
        table.addCell(labelCell);
        var valuePhrase = new Phrase();
        valuePhrase.add(value);
        if (secondary != null) {
            valuePhrase.add(fonts.newline());
            valuePhrase.add(secondary);
        }
        var valueCell = cell(valuePhrase);
        valueCell.setBorder(Rectangle.BOTTOM);
        valueCell.setBorderColor(RULE);
        valueCell.setPaddingBottom(10f);
        table.addCell(valueCell);
    }

    private PdfPTable kpiTable(List<Kpi> kpis) {
        if (kpis.isEmpty()) {
            return noData();
        }
        var table = table(new float[] {58, 24, 18});
        header(table, "সূচক", "Indicator");
        header(table, "মান", "Value");
        header(table, "একক", "Unit");
        int row = 0;
        for (var kpi : kpis) {
            var stripe = row++ % 2 == 1;
            table.addCell(body(labelled(kpi.labelBn(), kpi.labelEn()), Element.ALIGN_LEFT, stripe));
            table.addCell(number(BengaliFormat.number(kpi.value()), stripe));
            table.addCell(body(fonts.bengali(kpi.unitBn() == null ? "" : kpi.unitBn(), BODY, Weight.REGULAR, INK),
                    Element.ALIGN_LEFT, stripe));
        }
        return table;
    }

    private void categorySection(Document document, PdfWriter writer, List<CategoryRow> categories) {
        if (categories.isEmpty()) {
            document.add(noData());
            return;
        }
        document.add(charts.categoryBars(writer.getDirectContent(), categories, usableWidth(document)));
        if (categories.size() > PdfCharts.MAX_CATEGORY_BARS) {
            document.add(paragraph(fonts.bengali("চার্টে সবচেয়ে বেশি অভিযোগের " + BengaliFormat.count(PdfCharts.MAX_CATEGORY_BARS)
                    + "টি বিভাগ; সব বিভাগ নিচের সারণিতে।", SMALL + 1f, Weight.REGULAR, MUTED), 2f, 0f));
        }
        var table = table(new float[] {46, 18, 18, 18});
        table.setSpacingBefore(10f);
        header(table, "বিভাগ", "Category");
        header(table, "প্রাপ্ত", "Received");
        header(table, "নিষ্পন্ন", "Resolved");
        header(table, "নিষ্পত্তির হার", "Resolution %");
        int row = 0;
        for (var category : categories) {
            var stripe = row++ % 2 == 1;
            table.addCell(body(labelled(category.categoryBn(), category.categoryCode()), Element.ALIGN_LEFT, stripe));
            table.addCell(number(BengaliFormat.count(category.received()), stripe));
            table.addCell(number(BengaliFormat.count(category.resolved()), stripe));
            table.addCell(number(BengaliFormat.percent(category.resolved(), category.received()), stripe));
        }
        document.add(table);
    }

    private void dailySection(Document document, PdfWriter writer, List<DailyRow> daily) {
        if (daily.stream().noneMatch(d -> d.day() != null)) {
            document.add(noData());
            return;
        }
        document.add(charts.dailyLines(writer.getDirectContent(), daily, usableWidth(document)));
        long received = daily.stream().mapToLong(DailyRow::received).sum();
        long resolved = daily.stream().mapToLong(DailyRow::resolved).sum();
        document.add(paragraph(fonts.bengali("মোট " + BengaliFormat.count(daily.size()) + " দিনে প্রাপ্ত "
                + BengaliFormat.count(received) + "টি, নিষ্পন্ন " + BengaliFormat.count(resolved) + "টি অভিযোগ।",
                BODY, Weight.REGULAR, INK), 4f, 0f));
    }

    private Paragraph wardNote() {
        return paragraph(fonts.bengali("সময় ঘণ্টায়: অভিযোগ দাখিল থেকে নিষ্পত্তি পর্যন্ত। Hours from filing to resolution.",
                SMALL + 1f, Weight.REGULAR, MUTED), 0f, 6f);
    }

    private PdfPTable wardTable(List<WardRow> wards) {
        if (wards.isEmpty()) {
            return noData();
        }
        var table = table(new float[] {8, 30, 12, 12, 13, 12.5f, 12.5f});
        header(table, "ক্রম", "Rank");
        header(table, "ওয়ার্ড", "Ward");
        header(table, "প্রাপ্ত", "Received");
        header(table, "নিষ্পন্ন", "Resolved");
        header(table, "নিষ্পত্তির হার", "Resolution %");
        header(table, "মধ্যমা (ঘণ্টা)", "Median h");
        header(table, "গড় (ঘণ্টা)", "Average h");
        int row = 0;
        for (var ward : wards) {
            var stripe = row++ % 2 == 1;
            table.addCell(number(BengaliFormat.count(ward.rank()), stripe));
            table.addCell(body(wardLabel(ward), Element.ALIGN_LEFT, stripe));
            table.addCell(number(BengaliFormat.count(ward.received()), stripe));
            table.addCell(number(BengaliFormat.count(ward.resolved()), stripe));
            table.addCell(number(BengaliFormat.percent(ward.resolutionRate()), stripe));
            table.addCell(number(BengaliFormat.decimal(ward.medianHours(), 1), stripe));
            table.addCell(number(BengaliFormat.decimal(ward.averageHours(), 1), stripe));
        }
        return table;
    }

    /** The choice and yes/no answers, counted (as the Excel report's sheet). */
    private PdfPTable answerTable(List<ReportContent.AnswerRow> answers) {
        var table = table(new float[] {22, 40, 24, 14});
        header(table, "বিভাগ", "Category");
        header(table, "প্রশ্ন", "Question");
        header(table, "উত্তর", "Answer");
        header(table, "অভিযোগ", "Complaints");
        int row = 0;
        for (var answer : answers) {
            var stripe = row++ % 2 == 1;
            table.addCell(body(fonts.bengali(text(answer.categoryBn()), BODY, Weight.REGULAR, INK), Element.ALIGN_LEFT, stripe));
            table.addCell(body(labelled(text(answer.questionBn()), answer.questionEn()), Element.ALIGN_LEFT, stripe));
            table.addCell(body(fonts.bengali(text(answer.answerBn()), BODY, Weight.REGULAR, INK), Element.ALIGN_LEFT, stripe));
            table.addCell(number(BengaliFormat.count(answer.complaints()), stripe));
        }
        return table;
    }

    /** "ওয়ার্ড ১২ · নাম", with the city corporation as a small second line. */
    private Phrase wardLabel(WardRow ward) {
        var name = "ওয়ার্ড " + Digits.toBengali(text(ward.wardNumber()));
        if (ward.wardNameBn() != null && !ward.wardNameBn().isBlank()) {
            name += " · " + ward.wardNameBn();
        }
        return labelled(name, ward.cityCorporation());
    }

    private Phrase labelled(String bengali, String english) {
        var phrase = new Phrase();
        phrase.add(fonts.bengali(bengali, BODY, Weight.REGULAR, INK));
        if (english != null && !english.isBlank()) {
            phrase.add(fonts.newline());
            phrase.add(fonts.english(english, SMALL, Weight.REGULAR, MUTED));
        }
        return phrase;
    }

    private void heading(Document document, String bengali, String english) {
        var phrase = new Phrase();
        phrase.add(fonts.bengali(bengali, 15f, Weight.BOLD, BRAND));
        phrase.add(fonts.space());
        phrase.add(fonts.english(english, 9f, Weight.REGULAR, MUTED));
        document.add(paragraph(phrase, 16f, 8f));
    }

    private PdfPTable noData() {
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        var phrase = new Phrase();
        phrase.add(fonts.bengali("কোনো তথ্য নেই", BODY + 1f, Weight.REGULAR, MUTED));
        phrase.add(fonts.space());
        phrase.add(fonts.english("No data", SMALL, Weight.REGULAR, MUTED));
        var cell = cell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(2f);
        table.addCell(cell);
        return table;
    }

    private PdfPTable table(float[] widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        return table;
    }

    /** Header labels stay left-aligned even over number columns: Bengali cannot be right-aligned reliably here. */
    private void header(PdfPTable table, String bengali, String english) {
        var phrase = new Phrase();
        phrase.add(fonts.bengali(bengali, BODY - 0.5f, Weight.BOLD, INK));
        phrase.add(fonts.newline());
        phrase.add(fonts.english(english, SMALL - 0.5f, Weight.REGULAR, MUTED));
        var cell = cell(phrase);
        cell.setBackgroundColor(HEADER_FILL);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(cell);
    }

    private PdfPCell body(Phrase phrase, int align, boolean stripe) {
        var cell = cell(phrase);
        cell.setHorizontalAlignment(align);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        if (stripe) {
            cell.setBackgroundColor(STRIPE_FILL);
        }
        return cell;
    }

    private PdfPCell number(String bengaliDigits, boolean stripe) {
        return body(fonts.bengali(bengaliDigits, BODY, Weight.REGULAR, INK), Element.ALIGN_RIGHT, stripe);
    }

    private PdfPCell cell(Phrase phrase) {
        var cell = new PdfPCell(phrase);
        cell.setPadding(5f);
        cell.setPaddingTop(3f);
        cell.setLeading(0f, 1.35f);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private Paragraph paragraph(Phrase phrase, float before, float after) {
        var paragraph = new Paragraph();
        // OpenPDF writes paragraph spacing as a space in the paragraph's own font (else Helvetica).
        paragraph.setFont(fonts.filler());
        paragraph.add(phrase);
        paragraph.setMultipliedLeading(1.45f);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /** Starts a new page unless {@code height} points are left, so a heading never stays behind its chart. */
    private static void keepTogether(Document document, PdfWriter writer, float height) {
        if (writer.getVerticalPosition(false) - document.bottom() < height) {
            document.newPage();
        }
    }

    private static float usableWidth(Document document) {
        return document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? BengaliFormat.MISSING : value;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    /** A rule and "ক্লিন কেয়ার বাংলাদেশ · title · পৃষ্ঠা n" at the foot of every page, left-aligned. */
    private final class Footer extends PdfPageEventHelper {

        private final String title;

        Footer(String title) {
            this.title = title;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var canvas = writer.getDirectContent();
            float y = document.bottomMargin() - 22f;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), y + 12f);
            canvas.lineTo(document.right(), y + 12f);
            canvas.stroke();
            canvas.restoreState();
            var phrase = fonts.bengali("ক্লিন কেয়ার বাংলাদেশ · " + title + " · পৃষ্ঠা " + BengaliFormat.count(writer.getPageNumber()),
                    SMALL, Weight.REGULAR, MUTED);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase, document.left(), y, 0f);
        }
    }
}
