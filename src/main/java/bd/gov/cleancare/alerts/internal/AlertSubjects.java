package bd.gov.cleancare.alerts.internal;

import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.PublicComplaint;
import bd.gov.cleancare.complaints.PublicComplaintQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What alerts are about: a complaint as the public sees it (a hidden one is about nothing), as an event to match. */
@Component
public class AlertSubjects {

    private final Complaints complaints;

    AlertSubjects(Complaints complaints) {
        this.complaints = complaints;
    }

    public Optional<PublicComplaint> publicly(String trackingNumber) {
        return complaints.publicComplaints(new PublicComplaintQuery(List.of(trackingNumber), Set.of(), Set.of(), null, null, null, 1))
                .stream().findFirst();
    }

    public Optional<PublicComplaint> publicly(UUID complaintId) {
        return complaints.trackingNumber(complaintId).flatMap(this::publicly);
    }

    public static AlertEvent event(AlertEvent.Kind kind, PublicComplaint complaint, List<UUID> told) {
        return new AlertEvent(kind, complaint.id(), complaint.trackingNumber(), complaint.category().code(),
                complaint.cityCorporation(), complaint.wardNumber(),
                complaint.latitude() == null ? null : complaint.latitude().doubleValue(),
                complaint.longitude() == null ? null : complaint.longitude().doubleValue(), told);
    }
}
