package bd.gov.cleancare.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A requested report: 202 {task_id, status} at first, then the file's URL once completed. */
public record ReportStatus(UUID taskId, String status, String reportType, String format, LocalDate periodFrom, LocalDate periodTo,
        String cityCorporation, String wardNumber, String downloadUrl, Integer fileSize, String error, Instant createdAt,
        Instant completedAt) {
}
