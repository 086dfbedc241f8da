package bd.gov.cleancare.dashboard.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelReportTest {

    private static final int FIRST_DATA_ROW = ExcelReport.HEADER_ROW + 1;

    private final ExcelReport report = new ExcelReport();

    @Test
    void describes_itself_as_an_xlsx_workbook() {
        assertThat(report.format()).isEqualTo("excel");
        assertThat(report.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(report.extension()).isEqualTo("xlsx");
    }

    @Test
    void has_one_sheet_per_section_with_bengali_headers_under_a_title_and_period() throws Exception {
        try (var workbook = open(report.render(ReportSamples.aMonth()))) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly(ExcelReport.SUMMARY, ExcelReport.WARDS, ExcelReport.CATEGORIES, ExcelReport.DAILY);
            assertThat(headers(workbook.getSheet(ExcelReport.SUMMARY))).isEqualTo(ExcelReport.KPI_HEADERS);
            assertThat(headers(workbook.getSheet(ExcelReport.WARDS)))
                    .containsExactly("ক্রম", "সিটি কর্পোরেশন", "ওয়ার্ড নম্বর", "ওয়ার্ডের নাম", "প্রাপ্ত অভিযোগ", "নিষ্পন্ন অভিযোগ",
                            "নিষ্পত্তির হার", "মধ্যমা সময় (ঘণ্টা)", "গড় সময় (ঘণ্টা)");
            assertThat(headers(workbook.getSheet(ExcelReport.CATEGORIES))).isEqualTo(ExcelReport.CATEGORY_HEADERS);
            assertThat(headers(workbook.getSheet(ExcelReport.DAILY))).isEqualTo(ExcelReport.DAILY_HEADERS);
            for (Sheet sheet : workbook) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith(ReportSamples.TITLE_BN);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                        .contains(ReportSamples.SHAPING_SAMPLE).contains("১ নভেম্বর ২০২৬ – ৩০ নভেম্বর ২০২৬");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) FIRST_DATA_ROW);
                assertThat(sheet.getColumnWidth(0)).isGreaterThan(256 * 7);
            }
        }
    }

    @Test
    void counts_are_numbers_and_rates_are_percentages() throws Exception {
        try (var workbook = open(report.render(ReportSamples.aMonth()))) {
            var wards = workbook.getSheet(ExcelReport.WARDS);
            var first = wards.getRow(FIRST_DATA_ROW);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(2).getNumericCellValue()).as("ward number").isEqualTo(12);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("শাহবাগ");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(180);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(172);
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(0.9556);
            assertThat(first.getCell(6).getCellStyle().getDataFormatString()).contains("%");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(12.5);
            assertThat(wards.getRow(FIRST_DATA_ROW + 5).getCell(7).getCellType())
                    .as("no median when nothing was resolved").isEqualTo(CellType.BLANK);

            var summary = workbook.getSheet(ExcelReport.SUMMARY).getRow(FIRST_DATA_ROW);
            assertThat(summary.getCell(2).getNumericCellValue()).isEqualTo(1_234_567);

            var category = workbook.getSheet(ExcelReport.CATEGORIES).getRow(FIRST_DATA_ROW);
            assertThat(category.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(category.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(category.getCell(4).getNumericCellValue()).isCloseTo(380.0 / 412, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void days_are_date_cells() throws Exception {
        try (var workbook = open(report.render(ReportSamples.aMonth()))) {
            var daily = workbook.getSheet(ExcelReport.DAILY);
            assertThat(daily.getLastRowNum()).isEqualTo(FIRST_DATA_ROW + 29);
            Cell day = daily.getRow(FIRST_DATA_ROW).getCell(0);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ReportSamples.FROM);
            assertThat(daily.getRow(FIRST_DATA_ROW).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);

            var summary = workbook.getSheet(ExcelReport.SUMMARY);
            var dates = new ArrayList<Cell>();
            summary.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                    dates.add(cell);
                }
            }));
            assertThat(dates).extracting(c -> c.getLocalDateTimeCellValue().toString())
                    .containsExactly("2026-11-01T00:00", "2026-11-30T00:00", "2026-12-01T00:05");
        }
    }

    @Test
    void an_empty_report_still_has_every_sheet_and_says_there_is_no_data() throws Exception {
        for (var content : List.of(ReportSamples.empty(), ReportSamples.nulls())) {
            try (var workbook = open(report.render(content))) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
                for (Sheet sheet : workbook) {
                    assertThat(sheet.getRow(FIRST_DATA_ROW).getCell(0).getStringCellValue()).isEqualTo("কোনো তথ্য নেই");
                }
            }
        }
    }

    @Test
    void a_two_thousand_day_series_is_one_row_per_day() throws Exception {
        var content = ReportSamples.aMonthWith("সব ওয়ার্ড", ReportSamples.daily(ReportSamples.FROM.minusDays(1999), 2000));
        long start = System.nanoTime();
        byte[] xlsx = report.render(content);
        System.out.printf("2,000-day workbook: %d ms, %d bytes%n", (System.nanoTime() - start) / 1_000_000, xlsx.length);
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", "sample-report-2000-days.xlsx"), xlsx);
        try (var workbook = open(xlsx)) {
            var daily = workbook.getSheet(ExcelReport.DAILY);
            assertThat(daily.getLastRowNum()).isEqualTo(FIRST_DATA_ROW + 1999);
            assertThat(DateUtil.isCellDateFormatted(daily.getRow(FIRST_DATA_ROW + 1999).getCell(0))).isTrue();
        }
    }

    private static Workbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> headers(Sheet sheet) {
        var headers = new ArrayList<String>();
        sheet.getRow(ExcelReport.HEADER_ROW).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }
}
