package bd.gov.cleancare.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The dashboard's answers (seed §7.1 field names, with codes and Bengali values side by side). */
public final class Figures {

    private Figures() {
    }

    public record Period(LocalDate from, LocalDate to, String cityCorporation, String wardNumber, boolean wholeCity) {
    }

    public record Count(String value, String code, long count) {
    }

    public record ComplaintTotals(long total, List<Count> byStatus) {
    }

    public record UserTotals(long totalUsers, long totalAdmins, long totalSuperAdmins, long totalServiceProviders,
            long verifiedUsers) {
    }

    public record WardPerformance(int rank, String cityCorporation, String wardNumber, String wardName, String wardNameEn,
            long totalComplaints, long resolvedComplaints, BigDecimal resolutionRate, BigDecimal avgResolutionTime,
            BigDecimal medianResolutionHours, boolean medianEstimated, BigDecimal citizenSatisfaction) {
    }

    public record Kpi(Period period, ComplaintTotals complaintStats, UserTotals userStats, BigDecimal citizenSatisfaction,
            long satisfactionCount, BigDecimal avgServiceTimeHours, BigDecimal resolutionRate, List<WardPerformance> wardPerformance,
            EmergencyTotals emergencyStats) {
    }

    /** Open now; raised in the period, of which responded, and the mean minutes to the first response. */
    public record EmergencyTotals(long open, long raised, long responded, BigDecimal avgResponseMinutes) {
    }

    public record SeriesPoint(LocalDate periodStart, long received, long resolved, long cancelled) {
    }

    public record ComplaintStats(Period period, String interval, long total, List<Count> byStatus, List<Count> byCategory,
            List<Count> byPriority, List<SeriesPoint> series) {
    }

    public record GrowthPoint(LocalDate periodStart, long newUsers, long newCitizens) {
    }

    public record UserStats(Period period, UserTotals totals, long newUsers, String interval, List<GrowthPoint> growth) {
    }

    /**
     * Ratings, and the "has it been fixed?" answers: {@code fixedRate} is yes over yes + no (a
     * "don't know" says nothing either way), null before anyone answered.
     */
    public record Satisfaction(Period period, BigDecimal average, long ratings, List<Count> distribution, FollowUpAnswers followUp) {
    }

    public record FollowUpAnswers(long asked, long answered, long fixed, long notFixed, long unknown, BigDecimal fixedRate) {
    }

    /** Re-opened complaints ("not fixed") per ward in the period, most first. */
    public record Reopens(Period period, long total, List<WardReopens> wards) {
    }

    public record WardReopens(String cityCorporation, String wardNumber, String wardName, String wardNameEn, long reopened,
            long complaints) {
    }

    public record ServiceTime(Period period, BigDecimal avgResolutionHours, BigDecimal medianResolutionHours,
            boolean medianEstimated, long resolved, List<TimeBy> byCategory, List<TimeBy> byPriority) {
    }

    public record TimeBy(String value, String code, long resolved, BigDecimal avgResolutionHours) {
    }

    public record RecentComplaint(UUID id, String trackingNumber, String title, String category, String categoryCode,
            String status, String statusCode, String priority, String priorityCode, String location, String wardNumber,
            String cityCorporation, Person user, List<String> images, Instant createdAt) {
    }

    public record Person(String name, String phone) {
    }

    public record Recent(Instant since, List<RecentComplaint> complaints) {
    }

    public record MethodTotal(String paymentMethod, long payments, BigDecimal amount) {
    }

    public record Financial(Period period, BigDecimal totalRevenue, BigDecimal pendingAmount, BigDecimal monthlyRevenue,
            BigDecimal refundedAmount, BigDecimal donations, List<MethodTotal> byMethod, String currency) {
    }

    public record WardOverdue(String cityCorporation, String wardNumber, long overdue) {
    }

    /** Open complaints past a deadline now (in the caller's wards, any filing date); on time among those filed in the period and resolved. */
    public record Deadlines(Period period, Instant asOf, long overdue, List<WardOverdue> overdueByWard, List<Count> overdueByCategory,
            long resolved, long resolvedOnTime, BigDecimal onTimeRate) {
    }

    public record SupportedComplaint(UUID id, String trackingNumber, String title, String category, String categoryCode,
            String status, String statusCode, int supportCount, Instant createdAt) {
    }

    public record WardSupported(String cityCorporation, String wardNumber, List<SupportedComplaint> complaints) {
    }

    /** Per ward, the open public complaints with the most supporters ("me too"), most first. */
    public record MostSupported(int perWard, List<WardSupported> wards) {
    }
}
