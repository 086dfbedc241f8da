package bd.gov.cleancare.complaints.internal;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Priority;
import java.math.BigDecimal;

/** A complaint's content after every field has been checked. */
public record ValidComplaint(String title, String description, Category category, Priority priority, String location,
        BigDecimal latitude, BigDecimal longitude, String wardNumber, String cityCorporation) {
}
