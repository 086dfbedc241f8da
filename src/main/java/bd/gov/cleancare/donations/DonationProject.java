package bd.gov.cleancare.donations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A city project citizens can give to; raised_amount counts completed donations only. */
public record DonationProject(UUID id, String title, String titleEn, String description, BigDecimal targetAmount,
        BigDecimal raisedAmount, int donorCount, Instant startsAt, Instant endsAt, boolean isActive, Instant createdAt) {
}
