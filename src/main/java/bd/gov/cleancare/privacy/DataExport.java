package bd.gov.cleancare.privacy;

import bd.gov.cleancare.identity.UserView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything the city holds about one citizen, as they may download it. */
public record DataExport(Instant exportedAt, UserView profile, List<Map<String, Object>> complaints,
        List<Map<String, Object>> complaintImages, List<Map<String, Object>> updates, List<Map<String, Object>> reopens,
        List<Map<String, Object>> followUps, List<Map<String, Object>> payments, List<Map<String, Object>> donations,
        List<Map<String, Object>> emergencies, List<Map<String, Object>> chatMessages, List<Map<String, Object>> notifications,
        List<Map<String, Object>> devices, List<Map<String, Object>> alertSubscriptions) {
}
