package bd.gov.cleancare.complaints;

/** List filters as the client sends them (raw text, checked by the service). */
public record ComplaintQuery(String status, String category, String priority, String wardNumber, String cityCorporation,
        String assignedTo, String createdFrom, String createdTo, String search, String ordering) {
}
