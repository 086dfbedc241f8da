package bd.gov.cleancare.complaints;

/** A rule as a super admin sends it; priority empty means the whole category. */
public record DeadlineRuleForm(String category, String priority, Integer responseHours, Integer resolutionHours) {
}
