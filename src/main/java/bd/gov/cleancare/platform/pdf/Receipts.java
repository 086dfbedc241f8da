package bd.gov.cleancare.platform.pdf;

import bd.gov.cleancare.platform.pdf.PdfFonts.Weight;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** A one-page receipt in Bengali (payments, donations), shaped like the dashboard's reports. */
@Component
public class Receipts {

    private static final Color BRAND = new Color(0, 106, 78);
    private static final Color MUTED = new Color(90, 90, 90);

    private final PdfFonts fonts = new PdfFonts();

    /** A row of the receipt: a Bengali label with its English beside it, and the value. */
    public record Line(String labelBn, String labelEn, String value) {
    }

    public byte[] render(String titleBn, String titleEn, String receiptNumber, List<Line> lines, Instant issuedAt) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A5, 36f, 36f, 36f, 36f);
        document.setGlyphLayoutManager(fonts.layout());
        var writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("bn-BD"));
        document.addTitle(fonts.printable(titleBn));
        document.addCreator("Clean Care Bangladesh");
        document.open();

        var band = new PdfPTable(1);
        band.setWidthPercentage(100);
        var brand = new Phrase();
        brand.add(fonts.bengali("ক্লিন কেয়ার বাংলাদেশ", 16f, Weight.BOLD, Color.WHITE));
        brand.add(fonts.newline());
        brand.add(fonts.english("Clean Care Bangladesh", 8f, Weight.REGULAR, Color.WHITE));
        var bandCell = new PdfPCell(brand);
        bandCell.setBackgroundColor(BRAND);
        bandCell.setBorder(Rectangle.NO_BORDER);
        bandCell.setPadding(12f);
        band.addCell(bandCell);
        document.add(band);

        var title = paragraph();
        title.setSpacingBefore(14f);
        title.add(fonts.bengali(titleBn, 15f, Weight.BOLD, Color.BLACK));
        title.add(fonts.space());
        title.add(fonts.english(titleEn, 9f, Weight.REGULAR, MUTED));
        document.add(title);
        var number = paragraph();
        number.setSpacingAfter(10f);
        number.add(fonts.bengali("রসিদ নম্বর: ", 10f, Weight.REGULAR, MUTED));
        number.add(fonts.english(receiptNumber, 10f, Weight.BOLD, Color.BLACK));
        document.add(number);

        var table = new PdfPTable(new float[] {0.42f, 0.58f});
        table.setWidthPercentage(100);
        for (var line : lines) {
            var label = new Phrase();
            label.add(fonts.bengali(line.labelBn(), 10f, Weight.REGULAR, Color.BLACK));
            label.add(fonts.newline());
            label.add(fonts.english(line.labelEn(), 7.5f, Weight.REGULAR, MUTED));
            table.addCell(cell(label));
            table.addCell(cell(fonts.bengali(line.value() == null ? BengaliFormat.MISSING : line.value(), 10.5f, Weight.BOLD, Color.BLACK)));
        }
        document.add(table);

        var issued = paragraph();
        issued.setSpacingBefore(14f);
        issued.setAlignment(Element.ALIGN_LEFT);
        issued.add(fonts.bengali("ইস্যুর সময়: " + BengaliFormat.dateTime(issuedAt), 8.5f, Weight.REGULAR, MUTED));
        issued.add(fonts.newline());
        issued.add(fonts.bengali("এটি কম্পিউটারে তৈরি রসিদ; স্বাক্ষরের প্রয়োজন নেই।", 8.5f, Weight.REGULAR, MUTED));
        document.add(issued);
        document.close();
        return out.toByteArray();
    }

    /** OpenPDF writes paragraph spacing as a space in the paragraph's own font (else Helvetica, which the layout refuses). */
    private Paragraph paragraph() {
        var paragraph = new Paragraph();
        paragraph.setFont(fonts.filler());
        return paragraph;
    }

    private static PdfPCell cell(Phrase phrase) {
        var cell = new PdfPCell(phrase);
        cell.setPadding(6f);
        cell.setBorderColor(new Color(210, 210, 210));
        return cell;
    }
}
