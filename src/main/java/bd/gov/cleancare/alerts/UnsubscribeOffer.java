package bd.gov.cleancare.alerts;

import java.util.List;

/** What an unsubscribe link stops, shown before the one tap confirms it: no personal data beyond the subscription. */
public record UnsubscribeOffer(String cityCorporation, String wardNumber, Integer radiusMeters, List<String> categories,
        boolean newComplaints, boolean statusChanges) {
}
