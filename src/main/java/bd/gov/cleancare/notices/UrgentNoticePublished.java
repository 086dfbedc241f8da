package bd.gov.cleancare.notices;

import java.util.List;
import java.util.UUID;

/**
 * An urgent notice became visible (on creation, or when its scheduled time came): its citizens are to
 * be told. Empty {@code targetWards}: every ward of the corporation (of both when it is null).
 */
public record UrgentNoticePublished(UUID noticeId, String title, String cityCorporation, List<String> targetWards, boolean sendSms) {
}
