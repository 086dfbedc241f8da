package bd.gov.cleancare.dashboard.internal.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a generated report shows, already computed: the renderers (PDF, Excel) only lay it out.
 * Labels come in Bengali (the report's language) with English beside them where a table needs it.
 */
public record ReportContent(
        String titleBn,
        String titleEn,
        String reportType,
        LocalDate from,
        LocalDate to,
        String scopeBn,
        String scopeEn,
        Instant generatedAt,
        List<Kpi> kpis,
        List<WardRow> wardRanking,
        List<CategoryRow> categories,
        List<DailyRow> daily,
        List<AnswerRow> answers) {

    public ReportContent(String titleBn, String titleEn, String reportType, LocalDate from, LocalDate to, String scopeBn,
            String scopeEn, Instant generatedAt, List<Kpi> kpis, List<WardRow> wardRanking, List<CategoryRow> categories,
            List<DailyRow> daily) {
        this(titleBn, titleEn, reportType, from, to, scopeBn, scopeEn, generatedAt, kpis, wardRanking, categories, daily, List.of());
    }

    /** How many complaints gave one answer to a category's choice or yes/no question. */
    public record AnswerRow(String categoryBn, String questionBn, String questionEn, String answerBn, long complaints) {
    }

    /** One headline figure, e.g. "মোট অভিযোগ / Complaints received", 1234, unit "টি". */
    public record Kpi(String labelBn, String labelEn, BigDecimal value, String unitBn) {
    }

    /** One ward in the ranking; rates are 0..1, hours may be null when nothing was resolved. */
    public record WardRow(int rank, String cityCorporation, String wardNumber, String wardNameBn, long received, long resolved,
            BigDecimal resolutionRate, BigDecimal medianHours, BigDecimal averageHours) {
    }

    public record CategoryRow(String categoryBn, String categoryCode, long received, long resolved) {
    }

    public record DailyRow(LocalDate day, long received, long resolved) {
    }
}
