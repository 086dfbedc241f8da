package bd.gov.cleancare.waste;

import java.math.BigDecimal;

/** A citizen's report that a round did not come; every field optional (the schedule says where and when). */
public record MissedReport(String description, String location, BigDecimal latitude, BigDecimal longitude) {
}
