package bd.gov.cleancare.dashboard.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import bd.gov.cleancare.platform.jobs.JobQueue;
import bd.gov.cleancare.support.ApiTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

class ReportJobsTest extends ApiTest {

    @MockitoSpyBean
    PdfReport pdf;
    @Autowired
    JobQueue jobs;

    @AfterEach
    void realRenderer() {
        reset(pdf);
    }

    private JsonNode waitUntilDone(Account who, String taskId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            jobs.runNext();
            return api.as(who.accessToken()).get("/api/v1/dashboard/reports/" + taskId + "/").json();
        }, report -> report.get("status").asString().equals("completed"));
    }

    @Test
    void a_super_admin_gets_a_bengali_pdf_of_the_month() throws Exception {
        var superAdmin = staff("super_admin", null);
        file(citizen());

        var requested = api.as(superAdmin.accessToken()).post("/api/v1/dashboard/reports/generate/",
                Map.of("report_type", "monthly", "format", "pdf"));

        assertThat(requested.status()).isEqualTo(202);
        assertThat(requested.json().get("status").asString()).isEqualTo("queued");
        var done = waitUntilDone(superAdmin, requested.json().get("task_id").asString());
        var file = api.get(done.get("download_url").asString());
        assertThat(file.status()).isEqualTo(200);
        try (var document = Loader.loadPDF(file.body())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("অভিযোগ ও সেবা প্রতিবেদন").contains("মাসিক");
        }
    }

    @Test
    void an_admins_excel_report_covers_only_their_wards() throws Exception {
        var admin = staff("admin", "DSCC", "12");
        file(citizen("DSCC", "12"));
        file(citizen("DSCC", "13"), Map.of("ward_number", "13"));

        var requested = api.as(admin.accessToken()).post("/api/v1/dashboard/reports/generate/",
                Map.of("report_type", "daily", "format", "excel"));
        var done = waitUntilDone(admin, requested.json().get("task_id").asString());

        var file = api.get(done.get("download_url").asString());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            var wards = workbook.getSheetAt(1);
            var wardNumbers = new java.util.ArrayList<String>();
            for (var row : wards) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().contains("ওয়ার্ড")) {
                        wardNumbers.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(String.join("|", wardNumbers)).contains("১২").doesNotContain("১৩");
        }
    }

    @Test
    void the_excel_report_counts_the_answers_to_category_choice_questions() throws Exception {
        var superAdmin = staff("super_admin", null);
        var added = api.as(superAdmin.accessToken()).post("/api/v1/admin/category-questions/", Map.of("category", "cleanliness",
                "code", "smell", "kind", "yes_no", "label_bn", "দুর্গন্ধ আছে?", "label_en", "Does it smell?"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        var citizen = citizen();
        file(citizen, Map.of("answers", Map.of("smell", "yes")));
        file(citizen, Map.of("answers", Map.of("smell", true)));
        file(citizen, Map.of("answers", Map.of("smell", "no")));

        var requested = api.as(superAdmin.accessToken()).post("/api/v1/dashboard/reports/generate/",
                Map.of("report_type", "daily", "format", "excel"));
        var done = waitUntilDone(superAdmin, requested.json().get("task_id").asString());

        var file = api.get(done.get("download_url").asString());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            var answers = workbook.getSheet(ExcelReport.ANSWERS);
            assertThat(answers).isNotNull();
            var rows = new java.util.ArrayList<String>();
            for (var row : answers) {
                if (row.getRowNum() > ExcelReport.HEADER_ROW && row.getCell(4) != null) {
                    rows.add(row.getCell(1).getStringCellValue() + "|" + row.getCell(3).getStringCellValue() + "|"
                            + (long) row.getCell(4).getNumericCellValue());
                }
            }
            assertThat(rows).containsExactly("দুর্গন্ধ আছে?|হ্যাঁ|2", "দুর্গন্ধ আছে?|না|1");
        }
    }

    @Test
    void a_report_job_that_fails_once_is_retried_and_completes() {
        var superAdmin = staff("super_admin", null);
        doThrow(new IllegalStateException("disk full")).doCallRealMethod().when(pdf).render(any());

        var taskId = api.as(superAdmin.accessToken()).post("/api/v1/dashboard/reports/generate/",
                Map.of("report_type", "weekly", "format", "pdf")).json().get("task_id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            jobs.runNext();
            return jdbc.sql("SELECT attempts FROM jobs").query(Integer.class).single() == 1
                    && jdbc.sql("SELECT status FROM jobs").query(String.class).single().equals("queued");
        });
        assertThat(jdbc.sql("SELECT last_error FROM jobs").query(String.class).single()).contains("disk full");

        clock.advance(Duration.ofSeconds(16));
        var done = waitUntilDone(superAdmin, taskId);

        assertThat(done.get("download_url").asString()).endsWith(".pdf");
        assertThat(jdbc.sql("SELECT attempts FROM jobs").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void bad_requests_and_strangers_are_refused() {
        var superAdmin = staff("super_admin", null);
        var citizen = citizen();

        assertThat(api.as(citizen.accessToken()).post("/api/v1/dashboard/reports/generate/",
                Map.of("report_type", "daily", "format", "pdf")).status()).isEqualTo(403);
        assertThat(api.as(superAdmin.accessToken()).post("/api/v1/dashboard/reports/generate/",
                Map.of("report_type", "hourly", "format", "pdf")).json().get("errors").has("report_type")).isTrue();
        assertThat(api.as(superAdmin.accessToken()).post("/api/v1/dashboard/reports/generate/",
                Map.of("report_type", "daily", "format", "docx")).json().get("errors").has("format")).isTrue();
        var mine = api.as(superAdmin.accessToken()).post("/api/v1/dashboard/reports/generate/",
                Map.of("report_type", "daily", "format", "pdf")).json().get("task_id").asString();
        var otherAdmin = staff("admin", "DSCC", "1");
        assertThat(api.as(otherAdmin.accessToken()).get("/api/v1/dashboard/reports/" + mine + "/").status()).isEqualTo(404);
        assertThat(api.as(superAdmin.accessToken()).get("/api/v1/dashboard/reports/" + java.util.UUID.randomUUID() + "/").status()).isEqualTo(404);
    }
}
