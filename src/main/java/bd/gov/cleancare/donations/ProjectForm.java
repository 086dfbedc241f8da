package bd.gov.cleancare.donations;

import java.math.BigDecimal;
import java.time.Instant;

public record ProjectForm(String title, String titleEn, String description, BigDecimal targetAmount, Instant startsAt,
        Instant endsAt, Boolean isActive) {
}
