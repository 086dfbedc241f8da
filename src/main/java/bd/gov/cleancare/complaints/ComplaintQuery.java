package bd.gov.cleancare.complaints;

/** List filters as the client sends them (raw text, checked by the service); {@code held} "true": those waiting for review. */
public record ComplaintQuery(String status, String category, String priority, String wardNumber, String cityCorporation,
        String assignedTo, String createdFrom, String createdTo, String search, String ordering, String held) {

    public ComplaintQuery(String status, String category, String priority, String wardNumber, String cityCorporation,
            String assignedTo, String createdFrom, String createdTo, String search, String ordering) {
        this(status, category, priority, wardNumber, cityCorporation, assignedTo, createdFrom, createdTo, search, ordering, null);
    }
}
