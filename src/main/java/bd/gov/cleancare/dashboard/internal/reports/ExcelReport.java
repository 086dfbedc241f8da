package bd.gov.cleancare.dashboard.internal.reports;

import bd.gov.cleancare.platform.pdf.BengaliFormat;

import bd.gov.cleancare.dashboard.internal.reports.ReportContent.CategoryRow;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.DailyRow;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.Kpi;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.WardRow;
import bd.gov.cleancare.platform.text.Digits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The report as an Excel workbook, one sheet per section, so that city staff can sort, filter and chart it
 * themselves: every count, rate and day is a real number or date cell with a number format, never text.
 */
@Component
class ExcelReport implements ReportRenderer {

    static final String SUMMARY = "সারসংক্ষেপ";
    static final String WARDS = "ওয়ার্ড র\u200D্যাঙ্কিং";
    static final String CATEGORIES = "বিভাগ";
    static final String DAILY = "দৈনিক";
    static final String ANSWERS = "প্রশ্নের উত্তর";

    static final List<String> KPI_HEADERS = List.of("সূচক", "সূচক (ইংরেজিতে)", "মান", "একক");
    static final List<String> WARD_HEADERS = List.of("ক্রম", "সিটি কর্পোরেশন", "ওয়ার্ড নম্বর", "ওয়ার্ডের নাম", "প্রাপ্ত অভিযোগ",
            "নিষ্পন্ন অভিযোগ", "নিষ্পত্তির হার", "মধ্যমা সময় (ঘণ্টা)", "গড় সময় (ঘণ্টা)");
    static final List<String> CATEGORY_HEADERS = List.of("বিভাগ", "কোড", "প্রাপ্ত অভিযোগ", "নিষ্পন্ন অভিযোগ", "নিষ্পত্তির হার");
    static final List<String> ANSWER_HEADERS = List.of("বিভাগ", "প্রশ্ন", "প্রশ্ন (ইংরেজিতে)", "উত্তর", "অভিযোগ");
    static final List<String> DAILY_HEADERS = List.of("তারিখ", "প্রাপ্ত অভিযোগ", "নিষ্পন্ন অভিযোগ", "নিষ্পত্তির হার");

    /** Rows 0 and 1 hold the title and the scope with the period; the header row comes next. */
    static final int HEADER_ROW = 2;

    private static final Pattern WARD_NUMBER = Pattern.compile("[0-9০-৯]{1,6}");

    @Override
    public String format() {
        return "excel";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public byte[] render(ReportContent content) {
        Objects.requireNonNull(content, "content");
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(workbook);
            var properties = workbook.getProperties().getCoreProperties();
            properties.setTitle(title(content));
            properties.setCreator("Clean Care Bangladesh");
            summary(workbook, styles, content);
            wards(workbook, styles, content);
            categories(workbook, styles, content);
            daily(workbook, styles, content);
            if (content.answers() != null && !content.answers().isEmpty()) {
                answers(workbook, styles, content);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Excel report", e);
        }
    }

    private void summary(Workbook workbook, Styles styles, ReportContent content) {
        var sheet = sectionSheet(workbook, styles, content, SUMMARY, "মূল সূচক", KPI_HEADERS, new int[] {34, 32, 16, 12});
        var kpis = list(content.kpis());
        int r = HEADER_ROW + 1;
        for (Kpi kpi : kpis) {
            var row = sheet.createRow(r++);
            text(row, 0, kpi.labelBn(), styles.text);
            text(row, 1, kpi.labelEn(), styles.text);
            number(row, 2, kpi.value(), isWhole(kpi.value()) ? styles.count : styles.decimal);
            text(row, 3, kpi.unitBn(), styles.text);
        }
        r = finishTable(sheet, styles, kpis.isEmpty(), KPI_HEADERS.size(), r);

        r++;
        r = fact(sheet, styles, r, "শুরুর তারিখ", "From", content.from());
        r = fact(sheet, styles, r, "শেষের তারিখ", "To", content.to());
        var generated = sheet.createRow(r++);
        text(generated, 0, "তৈরির সময় (ঢাকা)", styles.label);
        text(generated, 1, "Generated (Asia/Dhaka)", styles.text);
        if (content.generatedAt() != null) {
            var cell = generated.createCell(2);
            cell.setCellValue(content.generatedAt().atZone(BengaliFormat.DHAKA).toLocalDateTime());
            cell.setCellStyle(styles.dateTime);
        }
        var type = sheet.createRow(r++);
        text(type, 0, "রিপোর্টের ধরন", styles.label);
        text(type, 1, "Report type", styles.text);
        text(type, 2, content.reportType(), styles.text);
        var english = sheet.createRow(r);
        text(english, 0, "ইংরেজি শিরোনাম", styles.label);
        text(english, 1, join(content.titleEn(), content.scopeEn()), styles.text);
    }

    private int fact(Sheet sheet, Styles styles, int r, String labelBn, String labelEn, LocalDate date) {
        var row = sheet.createRow(r);
        text(row, 0, labelBn, styles.label);
        text(row, 1, labelEn, styles.text);
        if (date != null) {
            var cell = row.createCell(2);
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        }
        return r + 1;
    }

    private void wards(Workbook workbook, Styles styles, ReportContent content) {
        var sheet = sectionSheet(workbook, styles, content, WARDS, WARDS, WARD_HEADERS,
                new int[] {8, 16, 13, 24, 16, 16, 15, 19, 17});
        var wards = list(content.wardRanking());
        int r = HEADER_ROW + 1;
        for (WardRow ward : wards) {
            var row = sheet.createRow(r++);
            number(row, 0, ward.rank(), styles.count);
            text(row, 1, ward.cityCorporation(), styles.text);
            var wardNumber = ward.wardNumber() == null ? "" : ward.wardNumber().strip();
            if (WARD_NUMBER.matcher(wardNumber).matches()) {
                number(row, 2, Long.parseLong(Digits.toAscii(wardNumber)), styles.count);
            } else {
                text(row, 2, ward.wardNumber(), styles.text);
            }
            text(row, 3, ward.wardNameBn(), styles.text);
            number(row, 4, ward.received(), styles.count);
            number(row, 5, ward.resolved(), styles.count);
            number(row, 6, ward.resolutionRate(), styles.percent);
            number(row, 7, ward.medianHours(), styles.hours);
            number(row, 8, ward.averageHours(), styles.hours);
        }
        finishTable(sheet, styles, wards.isEmpty(), WARD_HEADERS.size(), r);
    }

    private void categories(Workbook workbook, Styles styles, ReportContent content) {
        var sheet = sectionSheet(workbook, styles, content, CATEGORIES, "বিভাগভিত্তিক অভিযোগ", CATEGORY_HEADERS,
                new int[] {26, 20, 16, 16, 15});
        var categories = list(content.categories());
        int r = HEADER_ROW + 1;
        for (CategoryRow category : categories) {
            var row = sheet.createRow(r++);
            text(row, 0, category.categoryBn(), styles.text);
            text(row, 1, category.categoryCode(), styles.text);
            number(row, 2, category.received(), styles.count);
            number(row, 3, category.resolved(), styles.count);
            rate(row, 4, category.resolved(), category.received(), styles);
        }
        finishTable(sheet, styles, categories.isEmpty(), CATEGORY_HEADERS.size(), r);
    }

    /** The category questions' choice and yes/no answers, counted: only when the period has any. */
    private void answers(Workbook workbook, Styles styles, ReportContent content) {
        var sheet = sectionSheet(workbook, styles, content, ANSWERS, "অভিযোগের ধরনের প্রশ্নের উত্তর", ANSWER_HEADERS,
                new int[] {20, 34, 30, 20, 12});
        int r = HEADER_ROW + 1;
        for (var answer : content.answers()) {
            var row = sheet.createRow(r++);
            text(row, 0, answer.categoryBn(), styles.text);
            text(row, 1, answer.questionBn(), styles.text);
            text(row, 2, answer.questionEn(), styles.text);
            text(row, 3, answer.answerBn(), styles.text);
            number(row, 4, answer.complaints(), styles.count);
        }
        finishTable(sheet, styles, false, ANSWER_HEADERS.size(), r);
    }

    private void daily(Workbook workbook, Styles styles, ReportContent content) {
        var sheet = sectionSheet(workbook, styles, content, DAILY, "দৈনিক অভিযোগ", DAILY_HEADERS, new int[] {14, 16, 16, 15});
        var days = list(content.daily()).stream()
                .sorted(Comparator.comparing(DailyRow::day, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int r = HEADER_ROW + 1;
        for (DailyRow day : days) {
            var row = sheet.createRow(r++);
            if (day.day() != null) {
                var cell = row.createCell(0);
                cell.setCellValue(day.day());
                cell.setCellStyle(styles.date);
            }
            number(row, 1, day.received(), styles.count);
            number(row, 2, day.resolved(), styles.count);
            rate(row, 3, day.resolved(), day.received(), styles);
        }
        finishTable(sheet, styles, days.isEmpty(), DAILY_HEADERS.size(), r);
    }

    /** A sheet with the report title, scope and period above a frozen header row. */
    private Sheet sectionSheet(Workbook workbook, Styles styles, ReportContent content, String name, String sectionBn,
            List<String> headers, int[] widthsInCharacters) {
        var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        var title = sheet.createRow(0);
        title.setHeightInPoints(24f);
        text(title, 0, title(content) + " — " + sectionBn, styles.title);
        var scope = sheet.createRow(1);
        text(scope, 0, "এলাকা: " + orDash(content.scopeBn()) + "  ·  সময়কাল: "
                + BengaliFormat.period(content.from(), content.to()), styles.subtitle);
        var header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(30f);
        for (int c = 0; c < headers.size(); c++) {
            text(header, c, headers.get(c), styles.header);
            sheet.setColumnWidth(c, widthsInCharacters[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        return sheet;
    }

    /** Adds a "no data" line under an empty table, or a filter over a filled one; returns the next free row. */
    private int finishTable(Sheet sheet, Styles styles, boolean empty, int columns, int nextRow) {
        if (empty) {
            text(sheet.createRow(nextRow), 0, "কোনো তথ্য নেই", styles.subtitle);
            return nextRow + 1;
        }
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, nextRow - 1, 0, columns - 1));
        return nextRow;
    }

    private static void rate(Row row, int column, long part, long whole, Styles styles) {
        if (whole != 0) {
            number(row, column, (double) part / whole, styles.percent);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A missing value (e.g. hours for a ward that resolved nothing) stays an empty cell, not zero. */
    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value == null || value.stripTrailingZeros().scale() <= 0;
    }

    private static String title(ReportContent content) {
        return content.titleBn() == null || content.titleBn().isBlank() ? "প্রতিবেদন" : content.titleBn();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? BengaliFormat.MISSING : value;
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + " — " + second;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    /** Cell styles are workbook-wide and limited in number, so each is made once per workbook. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle label;
        final CellStyle text;
        final CellStyle count;
        final CellStyle decimal;
        final CellStyle hours;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(Workbook workbook) {
            var formats = workbook.createDataFormat();
            var titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);

            var mutedFont = workbook.createFont();
            mutedFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            subtitle = workbook.createCellStyle();
            subtitle.setFont(mutedFont);

            var boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);

            label = workbook.createCellStyle();
            label.setFont(boldFont);

            text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);

            count = numberStyle(workbook, formats.getFormat("#,##0"));
            decimal = numberStyle(workbook, formats.getFormat("#,##0.0#"));
            hours = numberStyle(workbook, formats.getFormat("#,##0.0"));
            percent = numberStyle(workbook, formats.getFormat("0.0%"));
            date = numberStyle(workbook, formats.getFormat("yyyy-mm-dd"));
            date.setAlignment(HorizontalAlignment.LEFT);
            dateTime = numberStyle(workbook, formats.getFormat("yyyy-mm-dd hh:mm"));
            dateTime.setAlignment(HorizontalAlignment.LEFT);
        }

        private static CellStyle numberStyle(Workbook workbook, short format) {
            var style = workbook.createCellStyle();
            style.setDataFormat(format);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
