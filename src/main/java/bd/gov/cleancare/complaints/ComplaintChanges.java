package bd.gov.cleancare.complaints;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A PUT on a complaint: content fields (null keeps a field) and, for those allowed, a status,
 * an assignment and a comment, which go through the workflow like POST …/updates/; {@code hideName}
 * (the citizen's own choice) whether the public sees their name; {@code templateId} a response template
 * for the status change (staff).
 */
public record ComplaintChanges(String title, String description, String category, String priority, String location,
        BigDecimal latitude, BigDecimal longitude, String wardNumber, String cityCorporation,
        String status, UUID assignedTo, String comment, Boolean hideName, UUID templateId) {

    public ComplaintChanges(String title, String description, String category, String priority, String location,
            BigDecimal latitude, BigDecimal longitude, String wardNumber, String cityCorporation,
            String status, UUID assignedTo, String comment, Boolean hideName) {
        this(title, description, category, priority, location, latitude, longitude, wardNumber, cityCorporation, status,
                assignedTo, comment, hideName, null);
    }

    public ComplaintChanges(String title, String description, String category, String priority, String location,
            BigDecimal latitude, BigDecimal longitude, String wardNumber, String cityCorporation,
            String status, UUID assignedTo, String comment) {
        this(title, description, category, priority, location, latitude, longitude, wardNumber, cityCorporation, status,
                assignedTo, comment, null, null);
    }

    public boolean touchesContent() {
        return title != null || description != null || category != null || priority != null || location != null
                || latitude != null || longitude != null || wardNumber != null || cityCorporation != null;
    }

    public boolean touchesHandling() {
        return status != null || assignedTo != null || comment != null || templateId != null;
    }
}
