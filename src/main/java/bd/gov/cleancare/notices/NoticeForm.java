package bd.gov.cleancare.notices;

import java.time.Instant;
import java.util.List;

/**
 * A notice as staff write it. On edit, null means "unchanged"; an empty target_wards list means the
 * whole corporation (or the whole city when city_corporation is empty too).
 */
public record NoticeForm(String title, String titleEn, String content, String contentEn, String category, String priority,
        Boolean isUrgent, Boolean isActive, Boolean sendSms, String cityCorporation, List<String> targetWards, Instant publishedAt,
        Instant expiresAt) {
}
